// Package chart draws Newsline's pictures with gonum/plot: the event
// timeline's marks and axis, the mention and event charts as pure builders
// from data to *plot.Plot, and the actor network, with export to PNG, SVG
// and PDF and rendering to images for the screen.
package chart
