# An uncaught NameError for a misspelt local variable: "Did you mean" names
# the closest variable bound in that function.
def average(values):
    total = 0
    for v in values:
        total += v
    return totl / len(values)

print(average([1, 2, 3]))
