#!/usr/bin/env bash
# Builds the forms/ fixture from forms/tenken-inkan.txt, once: the .docx (python-docx), the text PDF (LibreOffice
# from the .docx), the .html, and a scan (the PDF's first form page as a PNG, and that PNG as an image-only PDF).
# The outputs are checked in; run this again only when the text changes, then check the scan still has no text.
set -euo pipefail
cd "$(dirname "$0")/forms"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 - <<'PY'
import html
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

lines = open("tenken-inkan.txt", encoding="utf-8").read().splitlines()
doc = Document()
style = doc.styles["Normal"]
style.font.size = Pt(10.5)
style.font.name = "Noto Sans CJK JP"
style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK JP")
section = doc.sections[0]
section.header.paragraphs[0].text = "点検市例規集"
footer = section.footer.paragraphs[0]
footer.alignment = 1
run = footer.add_run()
for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
    if kind:
        el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind)
    else:
        el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = text
    run._r.append(el)
for line in lines:
    if not line:
        continue
    if line.startswith("様式第"):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph(line)
doc.save("tenken-inkan.docx")

# A ward site's page: navigation around the text, one <p> per line, the forms as tables.
body, form = [], None
for line in lines:
    if not line:
        continue
    if line.startswith("様式第"):
        if form is not None:
            body.append("</table>")
        body.append(f"<h3>{html.escape(line)}</h3><table class=\"form\">")
        form = line
    elif form is not None:
        cells = [c for c in line.split("　") if c]
        body.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    elif line.startswith("○"):
        body.append(f"<h1>{html.escape(line)}</h1>")
    else:
        body.append(f"<p>{html.escape(line)}</p>")
body.append("</table>")
page = ("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>点検市印鑑条例｜点検市</title></head>\n"
        "<body><nav><ul><li><a href=\"/\">ホーム</a></li><li><a href=\"/reiki/\">例規集</a></li></ul></nav>\n<main>\n"
        + "\n".join(body) + "\n</main><footer>点検市役所 総務課</footer></body></html>\n")
open("tenken-inkan.html", "w", encoding="utf-8").write(page)
PY

libreoffice --headless --convert-to pdf --outdir "$work" tenken-inkan.docx > /dev/null
cp "$work/tenken-inkan.pdf" tenken-inkan.pdf
pdftoppm -f 2 -l 2 -r 40 -gray -png tenken-inkan.pdf "$work/page"
cp "$work"/page*.png tenken-inkan-scan.png
# LibreOffice here has no Draw to open a PNG by itself: the image goes into an empty Word page first.
/usr/bin/python3 -c "
from docx import Document
from docx.shared import Cm
d = Document(); d.add_picture('tenken-inkan-scan.png', width=Cm(15)); d.save('$work/tenken-inkan-scan.docx')"
libreoffice --headless --convert-to pdf --outdir "$work" "$work/tenken-inkan-scan.docx" > /dev/null
cp "$work/tenken-inkan-scan.pdf" tenken-inkan-scan.pdf
if pdftotext tenken-inkan-scan.pdf - | grep -q '[^[:space:]]'; then
    echo "tenken-inkan-scan.pdf has a text layer" >&2
    exit 1
fi
ls -l
