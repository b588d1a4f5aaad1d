class Meta(type):
    pass


print(Meta)
