#!/usr/bin/python3
"""bench/nx_measures.py: one NetworkX measure on a bench/gen edge list, timed, for bench/run.

  /usr/bin/python3 bench/nx_measures.py EDGES MEASURE [--k K] [--seed S] [--values FILE]

MEASURE is pagerank, betweenness (exact), betweenness_k (k sampled sources), louvain, or modularity
(of the partition in --partition FILE, "label community" lines as kg-bench-analytics --values writes
them with the community in the last column). The graph is
undirected with weight w per edge, as kg's simple view reads it: PageRank and Louvain use w as the
weight, betweenness uses 1/w as the length, like kg. Prints one JSON object: the load and measure
times in seconds, and for louvain the number of communities and the modularity. --values writes
"label value" per node (label n<u> as kg-bench-analytics names it; louvain: the community).
Run it with Debian's python (/usr/bin/python3), which has python3-networkx.
"""
import argparse
import json
import sys
import time

import networkx as nx


def load(path):
    g = nx.Graph()
    with open(path) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            u, v, w = line.split()
            w = float(w)
            g.add_edge(int(u), int(v), weight=w, length=1.0 / w)
    return g


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("edges")
    ap.add_argument("measure", choices=("pagerank", "betweenness", "betweenness_k", "louvain",
                                            "modularity"))
    ap.add_argument("--partition")
    ap.add_argument("--k", type=int, default=128)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--values")
    a = ap.parse_args()
    t0 = time.perf_counter()
    g = load(a.edges)
    t_load = time.perf_counter() - t0
    out = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "load_s": t_load,
           "networkx": nx.__version__}
    t0 = time.perf_counter()
    if a.measure == "pagerank":
        vals = nx.pagerank(g, alpha=0.85, weight="weight")
    elif a.measure == "betweenness":
        vals = nx.betweenness_centrality(g, weight="length", normalized=False)
    elif a.measure == "betweenness_k":
        vals = nx.betweenness_centrality(g, k=min(a.k, g.number_of_nodes()), weight="length",
                                         normalized=False, seed=a.seed)
    elif a.measure == "louvain":
        comms = nx.community.louvain_communities(g, weight="weight", seed=a.seed)
        vals = {v: i for i, c in enumerate(comms) for v in c}
    else:
        groups = {}
        with open(a.partition) as f:
            for line in f:
                parts = line.split()
                groups.setdefault(parts[-1], set()).add(int(parts[0][1:]))
        comms = list(groups.values())
        vals = {}
    out["measure_s"] = time.perf_counter() - t0
    if a.measure in ("louvain", "modularity"):
        out["communities"] = len(comms)
        out["modularity"] = nx.community.modularity(g, comms, weight="weight")
    if a.values:
        with open(a.values, "w") as f:
            for v, x in vals.items():
                f.write("n%d %.10g\n" % (v, x))
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
