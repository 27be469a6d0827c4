(* Reads a plain instruction file and writes a PDF with CamlPDF.
   Lines:  P                      new page (A4)
           T x y size font text   text (font F = Courier, B = Courier-Bold, H = Helvetica, G = Helvetica-Bold), Latin-1 bytes
           R x y w h              filled black rectangle
           L x1 y1 x2 y2 w        stroked line *)
let fonts = [("/F", Pdftext.Courier); ("/B", Pdftext.CourierBold); ("/H", Pdftext.Helvetica); ("/G", Pdftext.HelveticaBold)]
let () =
  let inp = Sys.argv.(1) and out = Sys.argv.(2) in
  let ic = open_in_bin inp in
  let pdf = Pdf.empty () in
  let fontdict = Pdf.Dictionary (List.map (fun (n, f) ->
      (n, Pdf.Indirect (Pdftext.write_font pdf (Pdftext.StandardFont (f, Pdftext.WinAnsiEncoding))))) fonts) in
  let pages = ref [] and ops = ref [] in
  let flush () = if !ops <> [] then begin
      let page = {(Pdfpage.blankpage Pdfpaper.a4) with
        Pdfpage.content = [Pdfops.stream_of_ops (List.rev !ops)];
        Pdfpage.resources = Pdf.Dictionary [("/Font", fontdict)]} in
      pages := page :: !pages; ops := [] end in
  (try while true do
    let l = input_line ic in
    let n = String.length l in
    if n > 0 then match l.[0] with
    | 'P' -> flush (); ops := [Pdfops.Op_w 0.5]
    | 'T' ->
        let parts = String.split_on_char ' ' l in
        (match parts with
         | _ :: x :: y :: s :: f :: _ ->
           let pre = String.length (String.concat " " [ "T"; x; y; s; f ]) + 1 in
           let txt = if pre <= n then String.sub l pre (n - pre) else "" in
           ops := Pdfops.Op_ET :: Pdfops.Op_Tj txt :: Pdfops.Op_Td (float_of_string x, float_of_string y)
                  :: Pdfops.Op_Tf ("/" ^ f, float_of_string s) :: Pdfops.Op_BT :: !ops
         | _ -> ())
    | 'R' ->
        (match List.map float_of_string (List.tl (String.split_on_char ' ' l)) with
         | [x; y; w; h] -> ops := Pdfops.Op_f :: Pdfops.Op_re (x, y, w, h) :: !ops
         | _ -> ())
    | 'L' ->
        (match List.map float_of_string (List.tl (String.split_on_char ' ' l)) with
         | [x1; y1; x2; y2; w] -> ops := Pdfops.Op_S :: Pdfops.Op_l (x2, y2) :: Pdfops.Op_m (x1, y1) :: Pdfops.Op_w w :: !ops
         | _ -> ())
    | _ -> ()
  done with End_of_file -> ());
  flush ();
  let pdf, pageroot = Pdfpage.add_pagetree (List.rev !pages) pdf in
  let pdf = Pdfpage.add_root pageroot [] pdf in
  Pdfwrite.pdf_to_file pdf out
