def area(w, h):
    return w * h + scale(w, h)


def scale(w, h):
    return w - h
