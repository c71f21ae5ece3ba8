// Command newsline is a desktop application for following a story through
// the news: it imports articles into a case file, extracts who did what when,
// and shows an event timeline, an actor network and mention charts.
package main

import (
	"os"

	"newsline/app"
)

func main() {
	os.Exit(app.Main(os.Args))
}
