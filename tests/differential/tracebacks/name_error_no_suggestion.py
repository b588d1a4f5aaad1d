# Nothing close enough: no suggestion.
def run():
    return xyzzy_plugh_value

run()
