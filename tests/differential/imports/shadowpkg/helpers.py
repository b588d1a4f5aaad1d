def helpers():
    return "the function"
