from ..core import Plugin, register


@register("strip", order=10)
class Strip(Plugin):
    def apply(self, lines):
        for line in lines:
            yield line.strip()


@register("drop_blank", order=20)
class DropBlank(Plugin):
    def apply(self, lines):
        return (line for line in lines if line)


@register("grep", order=30)
class Grep(Plugin):
    def defaults(self):
        return {"word": "", "invert": False}

    def apply(self, lines):
        word = self.options["word"].lower()
        for line in lines:
            if (word in line.lower()) != self.options["invert"]:
                yield line


@register("number", order=90)
class Number(Plugin):
    def defaults(self):
        return {"start": 1, "width": 3}

    def apply(self, lines):
        for i, line in enumerate(lines, self.options["start"]):
            yield "%*d| %s" % (self.options["width"], i, line)
