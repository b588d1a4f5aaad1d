# The state pattern by __class__ assignment: an instance switches between
# compatible user classes and its methods and isinstance follow the new class.
class Closed:
    def open(self):
        print("opening")
        self.__class__ = Open
    def state(self):
        return "closed"
class Open:
    def close(self):
        print("closing")
        self.__class__ = Closed
    def state(self):
        return "open"
d = Closed()
print(d.state())
d.open()
print(d.state(), type(d).__name__, isinstance(d, Open))
d.close()
print(d.state())
class Half(Open):
    def state(self):
        return 'half-' + super().state()
d.__class__ = Half
print(d.state(), isinstance(d, Open), type(d).__mro__[1].__name__)
