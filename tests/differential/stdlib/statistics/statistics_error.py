import statistics
from statistics import StatisticsError
print(StatisticsError.__name__, issubclass(StatisticsError, ValueError), StatisticsError.__mro__[1].__name__)
try:
    statistics.mean([])
except ValueError as e:
    print('caught as ValueError:', repr(e), e.args)
try:
    raise StatisticsError('custom', 1)
except StatisticsError as e:
    print(e.args, str(e))
def safe_mean(xs):
    try:
        return statistics.mean(xs)
    except StatisticsError:
        return None
print(safe_mean([]), safe_mean([4, 8]))
