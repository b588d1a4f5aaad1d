import json
s = "quote\" back\\ nl\n cr\r tab\t bs\b ff\f nul\x00 us\x1f del\x7f é ü ß € 😀 中文"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"clé": "valeur", "😀": ["🎉"]}))
print(json.dumps({"clé": "valeur", "😀": ["🎉"]}, ensure_ascii=False))
print(json.dumps(["/", "</script>", "'single'"]))
print(json.dumps(""), json.dumps([""]), json.dumps({"": ""}))
print(len(json.dumps("x" * 10000)))
