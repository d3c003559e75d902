// Validates an OpenAPI 3.0 document with kin-openapi (github.com/getkin/kin-openapi,
// Debian's golang-github-getkin-kin-openapi-dev), a maintained validator that
// checks the document's structure, every schema, references, path
// parameters against their templates, and every example against its schema.
// Run offline from the packaged sources:
//   GO111MODULE=off GOPATH=/usr/share/gocode go run lint_openapi_kin.go openapi.json
// Prints "kin-openapi: N errors" and exits 1 when the document is invalid.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/getkin/kin-openapi/openapi3"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: lint_openapi_kin openapi.json")
		os.Exit(2)
	}
	// The formats this API uses beyond the ones kin-openapi knows: an exact
	// decimal written as a string ("1250.00"), and uuid.
	openapi3.DefineStringFormat("decimal", `^[0-9]+(\.[0-9]+)?$`)
	openapi3.DefineStringFormat("uuid", `^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = false
	doc, err := loader.LoadFromFile(os.Args[1])
	if err != nil {
		fmt.Printf("kin-openapi: cannot load: %v\nkin-openapi: 1 errors\n", err)
		os.Exit(1)
	}
	if err := doc.Validate(context.Background(), openapi3.EnableSchemaFormatValidation()); err != nil {
		fmt.Printf("kin-openapi: %v\nkin-openapi: 1 errors\n", err)
		os.Exit(1)
	}
	fmt.Println("kin-openapi: 0 errors")
}
