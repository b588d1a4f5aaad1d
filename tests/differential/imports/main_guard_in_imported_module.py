# Inside an imported module __name__ is its dotted name, so its
# `if __name__ == "__main__"` block does not run; in the program it is "__main__".
import shop.cli
print(shop.cli.main())


def main():
    print("program main, __name__ =", __name__)


if __name__ == "__main__":
    main()
