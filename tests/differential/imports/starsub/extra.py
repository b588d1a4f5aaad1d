print("starsub.extra runs")
NAME = "extra"
