import json
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text
w = Sink()
json.dump({"a": [1, 2, {"b": None}]}, w, indent=2, sort_keys=True)
text = "".join(w.parts)
print(text)
print(json.load(Source(text)))
print(json.load(Source('[1, "two", 3.0]'), parse_int=str))
w2 = Sink()
try:
    json.dump([float("nan")], w2, allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.load(Source("{bad}"))
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
