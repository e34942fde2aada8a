// The ASP18 demo, unattended: plans the plenary on cooperation and prints its run sheet.
// Run after startup.jsh.
demo();
/exit
