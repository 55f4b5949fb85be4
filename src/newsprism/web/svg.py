"""Positions for the actor network drawn as server-side SVG (readable without JavaScript)."""

from __future__ import annotations

import math
from typing import Any

__all__ = ["network_layout"]

SIZE = 800


def network_layout(graph: dict[str, Any]) -> dict[str, Any]:
    """Node circles and edge lines in a ``SIZE``-square box: networkx's spring layout, seeded.

    Seeded so the same store draws the same picture on every load.
    """
    import networkx as nx

    g = nx.DiGraph()
    for node in graph["nodes"]:
        g.add_node(node["key"])
    for edge in graph["edges"]:
        g.add_edge(edge["source_key"], edge["target_key"], weight=edge["weight"])
    if not g:
        return {"size": SIZE, "nodes": [], "edges": []}
    positions = nx.spring_layout(g, seed=7, weight="weight") if len(g) > 2 else nx.circular_layout(g)
    margin = 60

    def scale(value: float) -> float:
        return round(margin + (value + 1) / 2 * (SIZE - 2 * margin), 1)

    top = max(n["weight"] for n in graph["nodes"])
    nodes = [
        {
            **n,
            "x": scale(float(positions[n["key"]][0])),
            "y": scale(float(positions[n["key"]][1])),
            "r": round(5 + 15 * math.sqrt(n["weight"] / top), 1),
        }
        for n in graph["nodes"]
    ]
    at = {n["key"]: n for n in nodes}
    heaviest = max(e["weight"] for e in graph["edges"])
    edges = [
        {
            **e,
            "x1": at[e["source_key"]]["x"],
            "y1": at[e["source_key"]]["y"],
            "x2": at[e["target_key"]]["x"],
            "y2": at[e["target_key"]]["y"],
            "width": round(1 + 5 * e["weight"] / heaviest, 1),
        }
        for e in graph["edges"]
    ]
    return {"size": SIZE, "nodes": nodes, "edges": edges}
