"""Round-trips payloads through the Python models quicktype generated from the contracts (issue 14, point 8).

    python3 round_trip.py <models.py> <payloads.json>

<payloads.json> is a JSON array of {"model": <a top-level class of models.py>, "payload": <a JSON value>}. Each payload
is loaded into its model (Model.from_dict) and dumped again (to_dict). Prints a JSON array of {"model", "original",
"roundTripped"}: the payload and the dump, each in the canonical form below, for the caller to compare byte for byte.
A payload the model refuses exits 1 naming it.

Canonical form (the only normalisation): object members whose value is null are removed, at every depth (the
contracts read null on an optional property as absent, and the models leave out what is None); then JSON with keys
sorted by code point, no whitespace between tokens (separators "," and ":") and non-ASCII characters as they are
(ensure_ascii=False). Nothing else is normalised: strings, numbers, booleans, enum values and the order of array
items must come back as they were.
"""

import importlib.util
import json
import sys


def without_nulls(value):
    if isinstance(value, dict):
        return {key: without_nulls(inner) for key, inner in value.items() if inner is not None}
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    return value


def canonical(value):
    return json.dumps(without_nulls(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


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
