class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)


r = Resource("db")
