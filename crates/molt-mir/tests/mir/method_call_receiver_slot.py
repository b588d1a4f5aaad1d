def area(shape):
    return shape.width() * shape.height
