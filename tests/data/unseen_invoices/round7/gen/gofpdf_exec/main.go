// gofpdf executor: draw list (TSV) -> PDF. usage: gofpdf_exec in.tsv out.pdf
package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"
)

func f(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }

func main() {
	pdf := gofpdf.New("P", "pt", "A4", "")
	pdf.SetCreator("gofpdf invoice", true)
	pdf.SetCompression(true)
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	fh, _ := os.Open(os.Args[1])
	dir := filepath.Dir(os.Args[1])
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		o := strings.Split(sc.Text(), "\t")
		switch o[0] {
		case "P":
			pdf.AddPage()
		case "T":
			style := ""
			if o[4] == "1" {
				style = "B"
			}
			pdf.SetFont("Helvetica", style, f(o[3]))
			s := tr(o[6])
			x := f(o[1])
			w := pdf.GetStringWidth(s)
			if o[5] == "r" {
				x -= w
			} else if o[5] == "c" {
				x -= w / 2
			}
			pdf.Text(x, f(o[2]), s)
		case "L":
			pdf.SetLineWidth(f(o[5]))
			pdf.Line(f(o[1]), f(o[2]), f(o[3]), f(o[4]))
		case "R":
			pdf.SetLineWidth(f(o[5]))
			pdf.Rect(f(o[1]), f(o[2]), f(o[3]), f(o[4]), "D")
		case "F":
			pdf.SetFillColor(0, 0, 0)
			pdf.Rect(f(o[1]), f(o[2]), f(o[3]), f(o[4]), "F")
		case "I":
			pdf.ImageOptions(filepath.Join(dir, o[5]), f(o[1]), f(o[2]), f(o[3]), f(o[4]), false,
				gofpdf.ImageOptions{ImageType: "PNG"}, 0, "")
		}
	}
	if err := pdf.OutputFileAndClose(os.Args[2]); err != nil {
		panic(err)
	}
}
