package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// reportSchemaPath is the published JSON Schema of the JSON report.
var reportSchemaPath = filepath.Join("schema", "report.schema.json")

// compileReportSchema compiles the published schema with a full JSON
// Schema 2020-12 implementation (formats asserted), so the schema users
// validate against is the one the tests hold the report to.
func compileReportSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	schema, err := c.Compile(reportSchemaPath)
	if err != nil {
		t.Fatal(err)
	}
	return schema
}

func validateReport(schema *jsonschema.Schema, data []byte) error {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return schema.Validate(doc)
}

// TestJSONGoldenConformsToSchema validates every golden JSON report, this
// package's and the command's end-to-end ones, against the schema.
func TestJSONGoldenConformsToSchema(t *testing.T) {
	schema := compileReportSchema(t)
	paths := []string{filepath.Join("testdata", "report.json"), filepath.Join("testdata", "report_empty.json")}
	cli, _ := filepath.Glob(filepath.Join("..", "cmd", "claimcheck", "testdata", "check", "*.json"))
	paths = append(paths, cli...)
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := validateReport(schema, data); err != nil {
				t.Errorf("%s does not conform to %s: %v", path, reportSchemaPath, err)
			}
		})
	}
}

// TestSchemaRejects makes sure the schema (and so the test above) can
// fail: reports broken in typical ways must not pass.
func TestSchemaRejects(t *testing.T) {
	schema := compileReportSchema(t)
	valid, err := os.ReadFile(filepath.Join("testdata", "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, from, to string }{
		{"findings null", `"findings": [`, `"findings": null, "x": [`},
		{"hedge missing", `"hedge": null`, `"hedgy": null`},
		{"bad severity", `"severity": "conflict"`, `"severity": "fatal"`},
		{"span of three", `"span": [`, `"span": [1, `},
		{"bad date", `"published": "2024-03-11"`, `"published": "11 March"`},
		{"version 2", `"version": 1`, `"version": 2`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			broken := strings.Replace(string(valid), tc.from, tc.to, 1)
			if broken == string(valid) {
				t.Fatalf("%q not in the golden report", tc.from)
			}
			if validateReport(schema, []byte(broken)) == nil {
				t.Errorf("schema accepted a report with %s", tc.name)
			}
		})
	}
}
