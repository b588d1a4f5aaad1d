state = {"loaded": []}
