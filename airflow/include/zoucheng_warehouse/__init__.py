"""Plain-Python helpers behind the Zoucheng monthly warehouse DAG.

Nothing in this package imports Airflow at module level, so every helper can be tested (and the
DAG file parsed) without touching Airflow's metadata database, Variables or Connections.
"""
