#!/usr/bin/env python3
"""Baseline for bench/parse-vs-python.sh: the straightforward ElementTree extraction of the same articles
`tenken parse` emits (key, title, caption, full text), written as JSON Lines to stdout."""
import json
import os
import sys
import xml.etree.ElementTree as ET


def text_of(element):
    parts = []
    for node in element.iter():
        if node.tag == "Rt":
            continue
        if node.text:
            parts.append(node.text.strip())
    return "".join(parts)


def main(folder):
    out = sys.stdout
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".xml"):
            continue
        law_id = name[:-4]
        root = ET.parse(os.path.join(folder, name)).getroot()
        body = root.find("LawBody")
        title = text_of(body.find("LawTitle"))
        main = body.find("MainProvision")
        for article in main.iter("Article"):
            out.write(json.dumps({"key": f"{law_id}#{article.get('Num')}", "title": title,
                                  "caption": text_of(article.find("ArticleCaption")) if article.find("ArticleCaption") is not None else "",
                                  "text": text_of(article)}, ensure_ascii=False) + "\n")
        for index, suppl in enumerate(body.findall("SupplProvision"), start=1):
            for article in suppl.iter("Article"):
                out.write(json.dumps({"key": f"{law_id}#附則{index}#{article.get('Num')}", "title": title,
                                      "caption": "", "text": text_of(article)}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
