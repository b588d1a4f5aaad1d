# A method call on a continuation line is attributed to that line, starting
# at the method name.
class Query:
    def where(self, cond):
        return self
    def run(self):
        return 1 / 0

result = (Query()
          .where("x > 1")
          .run())
