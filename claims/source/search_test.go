package source

import (
	"encoding/binary"
	"strings"
	"testing"
)

// TestIndexAt: indexAt answers as strings.Index for every needle the line
// rules search with, at every position and at the edges of the text.
func TestIndexAt(t *testing.T) {
	needles := []struct {
		needle string
		rare   int
	}{
		{"ights reserved", 11}, {"ights Reserved", 11}, {"IGHTS RESERVED", 11},
		{"contributed to this report", 6}, {"contributed reporting", 6},
		{"(AP Photo", 2}, {"AP Photo/", 1},
		{" - ", 1}, {" – ", 1}, {" — ", 1},
	}
	texts := []string{
		"", "v", "All rights reserved.", "ALL RIGHTS RESERVED", "Rights Reserved",
		"vvvv ights reservedights reserved", "ights reserve", "ights reservedX",
		"Reuters staff contributed to this report.", "contributed reporting",
		"A fire (AP Photo/Jane Doe)", "AP Photo/", "(AP Photo", "(AP Phot",
		"MAKASSAR, Dec 1 (Meridian) - At least", " - ", "- -  - ", "a – b — c - d",
		"\xe2\x80", "x\xe2\x80\x93", " \xe2\x80\x94 ", "ab - ",
	}
	for _, n := range needles {
		for _, text := range texts {
			for _, s := range []string{text, "x" + text, text + "y", strings.Repeat(text, 3)} {
				if got, want := indexAt(s, n.needle, n.rare), strings.Index(s, n.needle); got != want {
					t.Errorf("indexAt(%q, %q, %d) = %d, want %d", s, n.needle, n.rare, got, want)
				}
				if got, want := containsAt(s, n.needle, n.rare), strings.Contains(s, n.needle); got != want {
					t.Errorf("containsAt(%q, %q) = %v, want %v", s, n.needle, got, want)
				}
			}
		}
	}
}

// FuzzIndexAt: any text, the answer of strings.Index.
func FuzzIndexAt(f *testing.F) {
	for _, s := range []string{"All rights reserved", "a - b", "x – y", "(AP Photo/X)", "\xe2\x80\x93"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range []struct {
			needle string
			rare   int
		}{{"ights reserved", 11}, {" - ", 1}, {" – ", 1}, {"AP Photo/", 1}} {
			if got, want := indexAt(s, n.needle, n.rare), strings.Index(s, n.needle); got != want {
				t.Fatalf("indexAt(%q, %q) = %d, want %d", s, n.needle, got, want)
			}
		}
	})
}

// hasYearDigitsByByte is the plain loop hasYearDigits must agree with.
func hasYearDigitsByByte(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func TestHasYearDigits(t *testing.T) {
	for _, s := range []string{
		"", "1", "123", "1234", "a1234", "123a4", "12a34", "1a234a", "123 4567", "ab123c4567",
		"January 11, 2020", "Dec 1 (Meridian)", "12,345", "1.234", "x12345", "00000000",
		"a1b2c3d4", "999a9999", "99a99a99a9999", "٣٤٥٦ 2021",
	} {
		for _, v := range []string{s, "x" + s, "xy" + s, "xyz" + s, s + "z"} {
			if got, want := hasYearDigits(v), hasYearDigitsByByte(v); got != want {
				t.Errorf("hasYearDigits(%q) = %v, want %v", v, got, want)
			}
		}
	}
}

func FuzzHasYearDigits(f *testing.F) {
	for _, s := range []string{"1234", "12a34", "x999 9999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasYearDigits(s), hasYearDigitsByByte(s); got != want {
			t.Fatalf("hasYearDigits(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestContainsAnyAt(t *testing.T) {
	for _, s := range []string{"", "All rights reserved", "All Rights Reserved", "rights reserve", "contributed reporting.",
		"X contributed to this report", "contributed to this", "vvv ights Reserved"} {
		for _, pair := range [][2]string{{"ights reserved", "ights Reserved"}, {"contributed to this report", "contributed reporting"}} {
			rare := strings.IndexAny(pair[0], "vb")
			want := strings.Contains(s, pair[0]) || strings.Contains(s, pair[1])
			if got := containsAnyAt(s, rare, pair[0], pair[1]); got != want {
				t.Errorf("containsAnyAt(%q, %q) = %v, want %v", s, pair, got, want)
			}
		}
	}
}

// countControlsByByte is the plain loop countControls must agree with.
func countControlsByByte(data []byte) (controls, firstNUL int) {
	return countControlBytes(data)
}

func TestCountControls(t *testing.T) {
	var all []byte
	for c := 0; c < 256; c++ {
		all = append(all, byte(c))
	}
	for _, s := range []string{"", "plain text\n", "a\x00b", "\x7f\x7f", "tab\tand\r\nff\f", "\x1f" + strings.Repeat("x", 20) + "\x00",
		strings.Repeat("é", 9) + "\x01", "ab\ncdefg\x00", "a\n\n\x7fbcdefgh", "\n\n\n\n\n\n\n\n", "\n\x0b\n\n\n\n\n\n", "\x8a\n\x8aaaaaa", string(all), string(all[100:]) + string(all[:100])} {
		for k := 0; k < 8 && k <= len(s); k++ {
			data := []byte(s[k:])
			gc, gn := countControls(data)
			wc, wn := countControlsByByte(data)
			if gc != wc || gn != wn {
				t.Errorf("countControls(%q) = %d, %d; want %d, %d", data, gc, gn, wc, wn)
			}
		}
	}
}

// TestCountControlsBlocks puts one byte at every offset of a text longer
// than three 32-byte blocks, so every block and word position and the
// tail are tried.
func TestCountControlsBlocks(t *testing.T) {
	base := []byte(strings.Repeat("Officials said\n", 7))
	for _, c := range []byte{0, 0x01, 0x0b, 0x1f, 0x7f, '\t', '\r', '\f', '\n', 0x80} {
		for pos := range base {
			data := append([]byte(nil), base...)
			data[pos] = c
			gc, gn := countControls(data)
			wc, wn := countControlsByByte(data)
			if gc != wc || gn != wn {
				t.Errorf("countControls with %#x at %d = %d, %d; want %d, %d", c, pos, gc, gn, wc, wn)
			}
		}
	}
}

func FuzzCountControls(f *testing.F) {
	f.Add([]byte("a\x00b\x7f\x1f text"))
	f.Fuzz(func(t *testing.T, data []byte) {
		gc, gn := countControls(data)
		wc, wn := countControlsByByte(data)
		if gc != wc || gn != wn {
			t.Fatalf("countControls(%q) = %d, %d; want %d, %d", data, gc, gn, wc, wn)
		}
	})
}

// TestOnlyNewlineControls holds the word test to its meaning for every
// byte at every position, beside newlines and other bytes.
func TestOnlyNewlineControls(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			for _, fill := range []byte{'a', '\n', 0x8A, 0xFF, ' '} {
				var b [8]byte
				for k := range b {
					b[k] = fill
				}
				b[pos] = byte(c)
				want := true
				for _, x := range b {
					if x < 0x20 && x != '\n' || x == 0x7F {
						want = false
					}
				}
				if got := onlyNewlineControls(binary.LittleEndian.Uint64(b[:])); got != want {
					t.Errorf("onlyNewlineControls(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
}
