// Reads an app's /metrics as Prometheus does: the text exposition format (version 0.0.4), parsed strictly here rather
// than by prom-client, the writer under test. parse-prometheus-text-format, the parser on npm, was tried: it drops the
// labels, sum and count of every histogram prom-client writes (prom-client puts `le` first), so it is not used.
import { expect } from '@jest/globals';

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const SAMPLE_LINE = new RegExp(`^(${NAME})(?:\\{(.*)\\})? (\\S+)(?: -?\\d+)?$`);
const LABEL = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?/;
const TYPE_LINE = new RegExp(`^# TYPE (${NAME}) (counter|gauge|histogram|summary|untyped)$`);
const SUFFIXES: Record<MetricType, readonly string[]> = {
  counter: [''],
  gauge: [''],
  untyped: [''],
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
};

function parseLabels(text: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (let rest = text; rest.length > 0;) {
    const match = LABEL.exec(rest);
    if (!match) throw new Error(`invalid labels in: ${line}`);
    const [whole, name = '', escaped = ''] = match;
    labels[name] = escaped.replace(/\\(.)/g, (_, char: string) => (char === 'n' ? '\n' : char));
    rest = rest.slice(whole.length);
  }
  return labels;
}

/** As Prometheus reads a value (Go's ParseFloat): NaN and Inf in any case; prom-client writes `Nan`. */
function parseValue(text: string, line: string): number {
  const special = text.toLowerCase();
  if (special === '+inf' || special === 'inf') return Infinity;
  if (special === '-inf') return -Infinity;
  if (special === 'nan') return NaN;
  const value = Number(text);
  if (Number.isNaN(value)) throw new Error(`invalid value in: ${line}`);
  return value;
}

/**
 * Parses the text format; throws on a line that is not a comment, a TYPE line or a sample, and on a sample of no
 * declared metric (each metric's TYPE comes before its samples, as the format requires).
 */
export function parsePrometheusText(text: string): { types: Map<string, MetricType>; samples: Sample[] } {
  const types = new Map<string, MetricType>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || (line.startsWith('#') && !line.startsWith('# TYPE'))) continue;
    const type = TYPE_LINE.exec(line);
    if (type) {
      types.set(type[1] ?? '', type[2] as MetricType);
      continue;
    }
    const sample = SAMPLE_LINE.exec(line);
    if (!sample) throw new Error(`not a Prometheus sample line: ${line}`);
    const [, name = '', labels, value = ''] = sample;
    const declared = [...types].some(([family, kind]) =>
      SUFFIXES[kind].some((suffix) => `${family}${suffix}` === name),
    );
    if (!declared) throw new Error(`a sample of no declared metric: ${line}`);
    samples.push({
      name,
      labels: labels === undefined ? {} : parseLabels(labels, line),
      value: parseValue(value, line),
    });
  }
  return { types, samples };
}

export class Scrape {
  constructor(
    private readonly types: ReadonlyMap<string, MetricType>,
    private readonly samples: readonly Sample[],
  ) {}

  names(): string[] {
    return [...this.types.keys()];
  }

  /**
   * The value of the series of metric `name` whose labels include `labels` (a histogram's: its count), summed when
   * several match; 0 when none does, as Prometheus reads a series not there yet.
   */
  value(name: string, labels: Record<string, string> = {}): number {
    const sampleName = this.types.get(name) === 'histogram' ? `${name}_count` : name;
    return this.matching(sampleName, labels).reduce((total, sample) => total + sample.value, 0);
  }

  /** Every label set of metric `name`'s series. */
  labelSets(name: string): Record<string, string>[] {
    const sampleName = this.types.get(name) === 'histogram' ? `${name}_count` : name;
    return this.matching(sampleName, {}).map((sample) => sample.labels);
  }

  private matching(sampleName: string, labels: Record<string, string>): Sample[] {
    return this.samples.filter(
      (sample) =>
        sample.name === sampleName && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
    );
  }
}

/** GET `<base>/metrics`: 200 in the text format (version 0.0.4), parsed. */
export async function scrape(base: string): Promise<Scrape> {
  const response = await fetch(`${base}/metrics`);
  const text = await response.text();
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const { types, samples } = parsePrometheusText(text);
  return new Scrape(types, samples);
}

/** How much a value moved between two scrapes. */
export function moved(before: Scrape, after: Scrape, name: string, labels: Record<string, string> = {}): number {
  return after.value(name, labels) - before.value(name, labels);
}
