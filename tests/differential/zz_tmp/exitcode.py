import sys
print("same")
print(sys.argv[0])
sys.exit(len(sys.argv[0]) % 7)
