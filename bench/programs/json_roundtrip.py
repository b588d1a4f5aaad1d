# json: dumps and loads of a ~5 MB document (built here), several times,
# with and without indentation; prints sizes and a checksum of the result.
import json


def build(n):
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": "user_%d" % i,
            "email": "user%d@example.com" % i,
            "score": i * 0.37 + 1.0 / (i + 3),
            "active": i % 3 == 0,
            "tags": ["t%d" % (i % 7), "g%d" % (i % 11), "caf\u00e9"],
            "address": {"street": "%d Main St" % i, "zip": "%05d" % (i % 100000), "geo": [i / 7.0, -i / 13.0]},
            "note": None if i % 5 else "line\nbreak \"quoted\"",
        })
    return {"version": 3, "records": records}


def main():
    doc = build(20000)
    total = 0
    text = ""
    for _ in range(3):
        text = json.dumps(doc)
        back = json.loads(text)
        total += len(back["records"])
    pretty = json.dumps(doc, indent=2, sort_keys=True)
    again = json.loads(pretty)
    print(len(text), len(pretty), total, again == doc, again["records"][-1]["score"])


main()
