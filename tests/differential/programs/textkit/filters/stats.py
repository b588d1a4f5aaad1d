from collections import Counter
from ..core import Plugin, register, PluginError
from ..core import registry as the_registry


@register("upper", order=50)
class Upper(Plugin):
    def apply(self, lines):
        return map(str.upper, lines)


@register("wordfreq", order=95)
class WordFreq(Plugin):
    def defaults(self):
        return {"top": 3}

    def apply(self, lines):
        if self.options["top"] < 1:
            raise PluginError("wordfreq: top must be >= 1")
        counts = Counter(w.strip(".,!?").lower() for line in lines for w in line.split())
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        for word, n in ranked[:self.options["top"]]:
            yield "%s=%d" % (word, n)


plugin_count_when_loaded = len(the_registry)
