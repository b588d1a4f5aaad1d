# property with getter, setter, deleter (decorator and call forms),
# read-only properties, and inheritance of properties.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("  deleting")
        del self._c
    def _get_f(self):
        return self._c * 9 / 5 + 32
    def _set_f(self, f):
        self._c = (f - 32) * 5 / 9
    fahrenheit = property(_get_f, _set_f, doc="Degrees F.")
    @property
    def kelvin(self):
        return self._c + 273.15

t = Temperature(100)
print(t.celsius, t.fahrenheit, t.kelvin)
t.fahrenheit = 32
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.kelvin = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.kelvin
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temperature.kelvin).__name__, isinstance(Temperature.celsius, property))
class Sub(Temperature):
    @property
    def kelvin(self):
        return round(super().kelvin)
s = Sub(1)
print(s.kelvin, s.celsius)
