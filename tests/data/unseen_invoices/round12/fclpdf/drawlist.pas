program drawlist;
{ Reads a tab-separated draw list (see render_fcl.py) and writes a PDF with fcl-pdf. }
{$mode objfpc}{$H+}{$codepage utf8}
uses SysUtils, Classes, fpPDF, fpTTF;
var
  D: TPDFDocument; P: TPDFPage; S: TPDFSection;
  F: array[0..3] of integer;
  L: TStringList; parts: TStringList; i: integer; cmd: string;
  inp, outp: string;
function N(const s: string): double;
var fs: TFormatSettings;
begin fs := DefaultFormatSettings; fs.DecimalSeparator := '.'; Result := StrToFloat(s, fs); end;
begin
  inp := ParamStr(1); outp := ParamStr(2);
  D := TPDFDocument.Create(nil);
  D.Options := [poPageOriginAtTop, poSubsetFont, poCompressText, poCompressFonts];
  D.FontDirectory := '/usr/share/fonts/truetype/dejavu';
  D.Infos.Title := ExtractFileName(outp);
  D.Infos.Producer := 'fcl-pdf (Free Pascal 3.2.2)';
  D.Infos.ApplicationName := 'drawlist';
  D.StartDocument;
  S := D.Sections.AddSection;
  F[0] := D.AddFont('DejaVuSans.ttf', 'DejaVuSans');
  F[1] := D.AddFont('DejaVuSans-Bold.ttf', 'DejaVuSansBold');
  F[2] := D.AddFont('DejaVuSansCondensed.ttf', 'DejaVuCond');
  F[3] := D.AddFont('DejaVuSansMono.ttf', 'DejaVuMono');
  L := TStringList.Create; L.LoadFromFile(inp);
  parts := TStringList.Create; parts.Delimiter := #9; parts.StrictDelimiter := True;
  P := nil;
  for i := 0 to L.Count - 1 do begin
    parts.DelimitedText := L[i];
    if parts.Count = 0 then continue;
    cmd := parts[0];
    if cmd = 'PAGE' then begin
      P := D.Pages.AddPage; P.PaperType := ptA4; P.UnitOfMeasure := uomPixels; S.AddPage(P);
    end else if cmd = 'FONT' then
      P.SetFont(F[StrToInt(parts[1])], StrToInt(parts[2]))
    else if cmd = 'T' then
      P.WriteText(N(parts[1]), N(parts[2]), parts[3])
    else if cmd = 'LINE' then begin
      P.SetColor(clBlack, True);
      P.DrawLine(N(parts[1]), N(parts[2]), N(parts[3]), N(parts[4]), N(parts[5]));
    end else if cmd = 'BOX' then begin
      P.SetColor(clBlack, True);
      P.DrawRect(N(parts[1]), N(parts[2]), N(parts[3]), N(parts[4]), N(parts[5]), False, True);
    end else if cmd = 'GREY' then begin
      P.SetColor($E6E6E6, False);
      P.DrawRect(N(parts[1]), N(parts[2]), N(parts[3]), N(parts[4]), 0, True, False);
      P.SetColor(clBlack, False);
    end else if cmd = 'RECT' then begin
      P.SetColor(clBlack, False);
      P.DrawRect(N(parts[1]), N(parts[2]), N(parts[3]), N(parts[4]), 0, True, False);
    end;
  end;
  D.SaveToFile(outp);
end.
