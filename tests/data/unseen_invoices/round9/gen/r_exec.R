# R pdf() graphics device: executes a draw list (TSV) with text(), rect(), segments(), rasterImage().
args <- commandArgs(trailingOnly = TRUE)
ops <- readLines(args[1], encoding = "UTF-8")
pdf(args[2], width = 595 / 72, height = 842 / 72, family = "Helvetica", encoding = "WinAnsi.enc",
    pointsize = 12, title = "Factura", useDingbats = FALSE, compress = TRUE)
newpage <- function() {
  par(mar = c(0, 0, 0, 0), xaxs = "i", yaxs = "i")
  plot.new()
  plot.window(xlim = c(0, 595), ylim = c(842, 0))
}
newpage()
for (ln in ops) {
  f <- strsplit(ln, "\t", fixed = TRUE)[[1]]
  k <- f[1]
  if (k == "P") {
    newpage()
  } else if (k == "T") {
    x <- as.numeric(f[2]); y <- as.numeric(f[3]); sz <- as.numeric(f[4])
    adj <- switch(f[6], l = 0, r = 1, c = 0.5)
    s <- gsub("-", "\u00ad", f[7], fixed = TRUE)
    Encoding(s) <- "UTF-8"
    text(x, y, s, adj = c(adj, 0), cex = sz / 12, font = ifelse(f[5] == "1", 2, 1))
  } else if (k == "R") {
    x <- as.numeric(f[2]); y <- as.numeric(f[3]); w <- as.numeric(f[4]); h <- as.numeric(f[5])
    rect(x, y + h, x + w, y, col = if (f[6] == "1") "black" else NA, lwd = as.numeric(f[7]) / 0.75)
  } else if (k == "L") {
    segments(as.numeric(f[2]), as.numeric(f[3]), as.numeric(f[4]), as.numeric(f[5]), lwd = as.numeric(f[6]) / 0.75)
  } else if (k == "Q") {
    x <- as.numeric(f[2]); y <- as.numeric(f[3]); m <- as.numeric(f[4])
    rows <- strsplit(f[5], "/", fixed = TRUE)[[1]]
    n <- length(rows)
    mat <- t(sapply(rows, function(r) strsplit(r, "")[[1]] == "1"))
    ras <- as.raster(ifelse(mat, "black", "white"))
    rasterImage(ras, x, y + n * m, x + n * m, y, interpolate = FALSE)
  }
}
invisible(dev.off())
