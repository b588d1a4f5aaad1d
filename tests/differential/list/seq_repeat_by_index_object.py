# Sequences repeat by an object with __index__ (`[0] * obj`, `"ab" * obj`).
class Idx:
    def __index__(self):
        return 3
print([0] * Idx(), "ab" * Idx())
