"""Module-level state shared by everything that imports this module."""
count = 0
history = []


def bump(who):
    global count
    count += 1
    history.append(who)
    return count
