# Capture patterns bind names (which stay bound after the match), `as`
# patterns, and the wildcard that binds nothing.
def show(cmd):
    match cmd.split():
        case [single]:
            return "one word: " + single
        case ["go", direction]:
            return "going " + direction
        case ["say", *words] if words:
            return "saying " + " ".join(words)
        case [("pick" | "take") as verb, obj]:
            return "%s the %s" % (verb, obj)
        case [_, _, _]:
            return "three words"
        case _:
            return "unknown"
for c in ("look", "go north", "say hello there", "say", "take lamp", "pick key", "a b c", "a b c d"):
    print(repr(c), "->", show(c))
match (1, 2):
    case (a, b):
        pass
print("still bound:", a, b)
