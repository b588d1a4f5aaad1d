# A plugin pipeline spread over a package (programs/textkit): plugins are
# ABC subclasses registered by a decorator when their modules are imported
# through relative imports; the host builds pipelines from a spec, sorts
# plugins by order, validates options, and chains generator stages lazily.
from typing import Iterable, List
import textkit
from textkit import registry, PluginError
from textkit.core import Plugin, register

TEXT = """
  The quick brown fox.
jumps over the lazy dog!

  The dog sleeps; the fox runs.
  A fox is quick, a dog is lazy.
"""


def build(spec: List[tuple]) -> List[Plugin]:
    stages = []
    for entry in spec:
        name, opts = (entry, {}) if isinstance(entry, str) else entry
        try:
            cls = registry[name]
        except KeyError:
            raise PluginError("no plugin named %r" % name) from None
        stages.append(cls(**opts))
    return sorted(stages, key=lambda p: p.order)


def run(stages: List[Plugin], lines: Iterable[str]) -> List[str]:
    stream = iter(lines)
    for stage in stages:
        stream = stage.apply(stream)
    return list(stream)


print("before loading:", sorted(registry))
print("loaded:", textkit.load_all())
from textkit.filters import stats
print("registered when stats loaded:", stats.plugin_count_when_loaded)
specs = {
    "clean": ["drop_blank", "strip", "number"],
    "foxes": [("number", {"width": 2}), ("grep", {"word": "FOX"}), "strip", "upper"],
    "not foxes": ["strip", "drop_blank", ("grep", {"word": "fox", "invert": True})],
    "freq": ["strip", ("wordfreq", {"top": 4})],
}
for label, spec in specs.items():
    stages = build(spec)
    print("==", label, stages)
    for line in run(stages, TEXT.splitlines()):
        print("  " + line)


@register("reverse", order=60)
class Reverse(Plugin):
    def apply(self, lines):
        return reversed(list(lines))


print(run(build(["strip", "drop_blank", "reverse", ("number", {"start": 10})]), TEXT.splitlines())[:2])
for bad in (["nope"], [("grep", {"colour": "red"})], [("wordfreq", {"top": 0})]):
    try:
        run(build(bad), ["x"])
    except PluginError as e:
        print(type(e).__name__, e, "| cause suppressed:", e.__suppress_context__)
try:
    register("strip")(Reverse)
except PluginError as e:
    print(type(e).__name__, e)
try:
    Plugin()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(registry), textkit.__doc__.split(":")[0], textkit.__all__)
