from collections.abc import (Callable, Collection, Container, Generator, Hashable, Iterable,
                             Iterator, Mapping, MutableMapping, MutableSequence, MutableSet,
                             Reversible, Sequence, Set, Sized)

values = {
    "list": [1], "tuple": (1,), "str": "s", "bytes": b"b", "range": range(3),
    "dict": {}, "set": set(), "frozenset": frozenset(), "int": 3, "float": 1.5,
    "None": None, "gen": (x for x in []), "iter": iter([]), "len": len, "type": int,
    "keys": {}.keys(), "items": {}.items(), "values": {}.values(),
}
abcs = [Callable, Collection, Container, Generator, Hashable, Iterable, Iterator, Mapping,
        MutableMapping, MutableSequence, MutableSet, Reversible, Sequence, Set, Sized]
for name, v in values.items():
    print(name.ljust(10), "".join("X" if isinstance(v, a) else "." for a in abcs))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable))
print(issubclass(list, Hashable), issubclass(tuple, MutableSequence), issubclass(bool, Callable))
