"""Reads a cramp FHIR export with an independent FHIR R4 (4.0.1) model library, fhir.resources 6.4.0.

Usage: python3 read_fhir_r4.py BUNDLE.json LIBRARY_DIR
LIBRARY_DIR holds fhir.resources 6.4.0 and pydantic 1 (installed by .ci/run with pip --target).
Parses the whole Bundle, then every entry's resource on its own with its R4 model class (both validate),
and prints, as JSON, the fields the Swift tests compare, each read back through the library's objects.
Exit status 3 when the library is missing.
"""
import json
import sys

sys.path.insert(0, sys.argv[2])
try:
    import fhir.resources
    from fhir.resources import get_fhir_model_class
    from fhir.resources.bundle import Bundle
except ImportError as error:
    print(f"fhir.resources is not importable from {sys.argv[2]}: {error}", file=sys.stderr)
    sys.exit(3)

if fhir.resources.__fhir_version__ != "4.0.1":
    print(f"fhir.resources models FHIR {fhir.resources.__fhir_version__}, not 4.0.1", file=sys.stderr)
    sys.exit(3)


def when(value):
    return None if value is None else value.isoformat()


def concept(value):
    if value is None:
        return None
    codings = [f"{c.system}|{c.code}" for c in (value.coding or [])]
    return {"codings": codings, "text": value.text}


def component(c):
    out = {"code": concept(c.code)["codings"][0]}
    if c.valueCodeableConcept is not None:
        out["value"] = concept(c.valueCodeableConcept)
    if c.valueBoolean is not None:
        out["boolean"] = c.valueBoolean
    notes = [e.valueAnnotation.text for e in (c.extension or []) if e.valueAnnotation is not None]
    if notes:
        out["notes"] = notes
    return out


def observation(o):
    site = o.bodySite
    out = {
        "profile": list(o.meta.profile),
        "status": o.status,
        "categories": [concept(c)["codings"][0] for c in o.category or []],
        "code": concept(o.code)["codings"][0],
        "subject": o.subject.reference,
        "performer": [p.reference for p in o.performer],
        "start": when(o.effectivePeriod.start),
        "end": when(o.effectivePeriod.end),
        "value": concept(o.valueCodeableConcept),
        "notes": [n.text for n in o.note or []],
        "components": [component(c) for c in o.component or []],
    }
    if site is not None:
        out["bodySite"] = concept(site)
        out["siteExtensions"] = [
            e.valueString if e.valueString is not None else concept(e.valueCodeableConcept)["codings"][0]
            for e in site.extension or []
        ]
    return out


def medication(m):
    return {
        "status": m.status,
        "medication": m.medicationCodeableConcept.text,
        "subject": m.subject.reference,
        "start": when(m.effectivePeriod.start),
        "end": when(m.effectivePeriod.end),
        "notes": [n.text for n in m.note or []],
        "dosage": [
            [d.text, when(d.timing.repeat.boundsPeriod.start), when(d.timing.repeat.boundsPeriod.end)]
            for d in m.dosage or []
        ],
    }


with open(sys.argv[1], encoding="utf-8") as f:
    raw = json.load(f)
bundle = Bundle.parse_obj(raw)
entries = []
for entry, raw_entry in zip(bundle.entry, raw["entry"]):
    model = get_fhir_model_class(raw_entry["resource"]["resourceType"])
    resource = model.parse_obj(raw_entry["resource"])
    out = {"fullUrl": entry.fullUrl, "type": resource.resource_type}
    if resource.resource_type == "Observation":
        out.update(observation(resource))
    elif resource.resource_type == "MedicationStatement":
        out.update(medication(resource))
    elif resource.resource_type == "Patient":
        out["names"] = [n.text for n in resource.name or []]
        out["identifiers"] = len(resource.identifier or [])
    entries.append(out)
print(json.dumps({"type": bundle.type, "entries": entries}))
