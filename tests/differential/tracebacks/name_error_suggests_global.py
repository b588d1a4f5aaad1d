# A misspelt global: the suggestion comes from the module's bound globals.
counter = 0
limit = 10

def bump():
    return countr + 1

bump()
