// The lightest possible JShell script: what the ASP18 script is measured against.
System.out.println("hello");
/exit
