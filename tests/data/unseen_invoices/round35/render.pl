#!/usr/bin/perl
# Draws one invoice PDF with CAM::PDF from the page descriptions written by make_invoices.py (JSON).
use strict; use warnings;
use JSON::PP; use Encode qw(encode); use CAM::PDF; use CAM::PDF::Node; use Text::QRCode;
my ($spec_file, $out) = @ARGV;
open my $fh, '<:raw', $spec_file or die; local $/; my $spec = JSON::PP->new->utf8->decode(<$fh>); close $fh;

# a blank one-page A4 document for CAM::PDF to start from
my @o = ("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>",
         "<< /Creator ($spec->{creator}) /Producer (CAM::PDF $CAM::PDF::VERSION) >>");
my $pdf0 = "%PDF-1.4\n"; my @off;
for my $i (0 .. $#o) { push @off, length $pdf0; $pdf0 .= ($i + 1) . " 0 obj\n$o[$i]\nendobj\n"; }
my $xref = length $pdf0;
$pdf0 .= "xref\n0 " . (@o + 1) . "\n0000000000 65535 f \n" . join('', map { sprintf "%010d 00000 n \n", $_ } @off);
$pdf0 .= "trailer\n<< /Size " . (@o + 1) . " /Root 1 0 R /Info 4 0 R >>\nstartxref\n$xref\n%%EOF\n";
my $doc = CAM::PDF->new($pdf0) or die "$CAM::PDF::errstr";

sub esc { my $s = encode('cp1252', shift); $s =~ s/([\\()])/\\$1/g; return $s; }
sub qrmatrix { my $m = Text::QRCode->new(level => 'M', casesensitive => 1)->plot(shift); return [map { [map { $_ eq '*' ? 1 : 0 } @$_] } @$m]; }

my $np = scalar @{$spec->{pages}};
$doc->duplicatePage(1, 1) for 2 .. $np;
for my $pn (1 .. $np) {
    my $ops = $spec->{pages}[$pn - 1];
    $doc->addFont($pn, 'Helvetica', 'F1'); $doc->addFont($pn, 'Helvetica-Bold', 'F2');
    for my $lab ('F1', 'F2') { my $f = $doc->getFont($pn, $lab); $f->{Encoding} = CAM::PDF::Node->new('label', 'WinAnsiEncoding'); }
    my $c = '';
    for my $op (@$ops) {
        my ($k, @a) = @$op;
        if ($k eq 't') { my ($x, $y, $font, $size, $s) = @a; $c .= sprintf "BT /%s %.1f Tf %.2f %.2f Td (%s) Tj ET\n", $font, $size, $x, $y, esc($s); }
        elsif ($k eq 'rect') { $c .= sprintf "%.2f w %.2f %.2f %.2f %.2f re S\n", $a[4], @a[0 .. 3]; }
        elsif ($k eq 'line') { $c .= sprintf "%.2f w %.2f %.2f m %.2f %.2f l S\n", $a[4], @a[0 .. 3]; }
        elsif ($k eq 'fill') { $c .= sprintf "%.2f g %.2f %.2f %.2f %.2f re f 0 g\n", $a[4], @a[0 .. 3]; }
        elsif ($k eq 'qrvec') {          # one filled rectangle per horizontal run of dark modules
            my ($x, $top, $mod, $payload) = @a; my $m = qrmatrix($payload); my $n = @$m;
            $c .= "0 g\n";
            for my $r (0 .. $n - 1) { my $col = 0;
                while ($col < $n) { if ($m->[$r][$col]) { my $s0 = $col; $col++ while $col < $n && $m->[$r][$col];
                        $c .= sprintf "%.2f %.2f %.2f %.2f re\n", $x + (4 + $s0) * $mod, $top - (4 + $r + 1) * $mod, ($col - $s0) * $mod, $mod; } else { $col++ } } }
            $c .= "f\n";
        }
        elsif ($k eq 'qrimg') {          # a 1-bit picture, 4 pixels per module, quiet zone 4 modules
            my ($x, $top, $size, $payload) = @a; my $m = qrmatrix($payload); my $n = @$m; my $px = 4; my $w = ($n + 8) * $px;
            my $data = '';
            for my $yy (0 .. $w - 1) { my $r = int($yy / $px) - 4; my $bits = '';
                for my $xx (0 .. $w - 1) { my $cc = int($xx / $px) - 4; my $dark = ($r >= 0 && $r < $n && $cc >= 0 && $cc < $n && $m->[$r][$cc]); $bits .= $dark ? '0' : '1'; }
                $bits .= '1' x ((8 - length($bits) % 8) % 8); $data .= pack('B*', $bits); }
            my $img = $doc->createStreamObject($data, 'FlateDecode'); my $v = $img->{value}->{value};
            $v->{Type} = CAM::PDF::Node->new('label', 'XObject'); $v->{Subtype} = CAM::PDF::Node->new('label', 'Image');
            $v->{Width} = CAM::PDF::Node->new('number', $w); $v->{Height} = CAM::PDF::Node->new('number', $w);
            $v->{BitsPerComponent} = CAM::PDF::Node->new('number', 1); $v->{ColorSpace} = CAM::PDF::Node->new('label', 'DeviceGray');
            my $onum = $doc->appendObject(undef, $img, 0);
            my $page = $doc->getPage($pn); my $res = $doc->getValue($page->{Resources});
            $res->{XObject} = CAM::PDF::Node->new('dictionary', {QR1 => CAM::PDF::Node->new('reference', $onum)});
            $doc->{changes}->{scalar $doc->getPageObjnum($pn)} = 1;
            $c .= sprintf "q %.2f 0 0 %.2f %.2f %.2f cm /QR1 Do Q\n", $size, $size, $x, $top - $size;
        }
    }
    $doc->setPageContent($pn, $c);
}
$doc->cleanoutput($out);
