"""Round-trips payloads through the Python models quicktype generated from the contracts (issue 14, point 8).

    python3 round_trip.py <models.py> <payloads.json>

<payloads.json> is a JSON array of {"model": <a top-level class of models.py>, "payload": <a JSON value>}. Each payload
is loaded into its model (Model.from_dict) and dumped again (to_dict). Prints a JSON array of {"model", "original",
"roundTripped"}: the payload and the dump, each in the canonical form below, for the caller to compare byte for byte.
A payload the model refuses exits 1 naming it.

Canonical form (the only normalisations): object members whose value is null are removed, at every depth (the
contracts read null on an optional property as absent, and the models leave out what is None); a string that is an
RFC 3339 date-time is written as the same instant in UTC, one spelling (the models load a `format: date-time` property
as a datetime and dump it as Python writes one, `+00:00` for `Z`: the same instant, which RFC 3339 spells either
way); then JSON with keys sorted by code point, no whitespace between tokens (separators "," and ":") and non-ASCII
characters as they are (ensure_ascii=False). Nothing else is normalised: strings, numbers, booleans, enum values and
the order of array items must come back as they were.
"""

import importlib.util
import json
import re
import sys
from datetime import datetime, timezone

RFC3339_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$")


def instant(text):
    """The instant a date-time names, in one spelling; any other string as it is."""
    match = RFC3339_DATE_TIME.match(text)
    if match is None:
        return text
    fraction = (match.group(1) or ".0")[1:].ljust(6, "0")
    base = text[: match.start(1)] if match.group(1) else text[: match.start(2)]
    zone = "+00:00" if match.group(2) == "Z" else match.group(2)
    parsed = datetime.fromisoformat(f"{base}.{fraction}{zone}")
    return parsed.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def normalised(value):
    if isinstance(value, dict):
        return {key: normalised(inner) for key, inner in value.items() if inner is not None}
    if isinstance(value, list):
        return [normalised(item) for item in value]
    if isinstance(value, str):
        return instant(value)
    return value


def canonical(value):
    return json.dumps(normalised(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def load_models(path):
    spec = importlib.util.spec_from_file_location("models", path)
    models = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(models)
    return models


def main(models_path, payloads_path):
    models = load_models(models_path)
    with open(payloads_path, encoding="utf-8") as file:
        cases = json.load(file)
    results = []
    for index, case in enumerate(cases):
        model = getattr(models, case["model"])
        try:
            dumped = model.from_dict(case["payload"]).to_dict()
        except Exception as error:  # the generated code refuses with bare asserts: say which payload
            print(f"payload {index} does not load as {case['model']}: {error!r}\n{json.dumps(case['payload'])}", file=sys.stderr)
            return 1
        results.append({"model": case["model"], "original": canonical(case["payload"]), "roundTripped": canonical(dumped)})
    json.dump(results, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
