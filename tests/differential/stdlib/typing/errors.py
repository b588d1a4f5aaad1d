from typing import List, Dict, Optional, Tuple, Any

for thunk in [lambda: List[int](), lambda: Dict(), lambda: Optional[int, str], lambda: List[int, str], lambda: Any[int], lambda: Tuple()]:
    try:
        thunk()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
