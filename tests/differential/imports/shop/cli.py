print("  [shop.cli body, __name__ =", __name__ + "]")


def main():
    return "cli main called"


if __name__ == "__main__":
    print("shop.cli run as a script: never when imported")
