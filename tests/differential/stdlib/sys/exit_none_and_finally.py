import sys
def main():
    try:
        print("in main")
        sys.exit(42)
    finally:
        print("finally still runs")
main()
