# A nested tuple in an except clause is not a class: TypeError, even when
# its inner tuple holds the raised exception's class.
try:
    try:
        raise KeyError(1)
    except ((KeyError,),):
        print("not reached")
except TypeError as e:
    print(e)
