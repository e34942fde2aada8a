// Plenary in JShell: the API packages, and two helpers from org.plenary.examples.jshell.Shell.
//   discover()  lists the rules and export formats that can be found
//   demo()      plans the ASP18 plenary on cooperation and prints its run sheet
import java.time.*;
import java.util.*;
import java.nio.file.*;
import org.plenary.core.agenda.*;
import org.plenary.core.agenda.Plenary.Registration;
import org.plenary.core.agenda.Plenary.Theme;
import org.plenary.core.agenda.Plenary.Venue;
import org.plenary.core.request.*;
import org.plenary.core.request.RequestToSpeak.Channel;
import org.plenary.core.plan.*;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan.RuleSummary;
import org.plenary.core.planner.*;
import org.plenary.core.rule.*;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.sitting.*;
import org.plenary.export.release.*;
import org.plenary.export.release.Changes.Change;
import org.plenary.export.release.Release.Placement;
import org.plenary.core.testing.*;
import org.plenary.core.text.*;
import org.plenary.rules.*;
import org.plenary.rules.time.*;
import org.plenary.rules.order.*;
import org.plenary.rules.deadline.*;
import org.plenary.export.*;
import org.plenary.export.intake.*;
import org.plenary.export.yaml.*;
import org.plenary.examples.asp18.Asp18;
import org.plenary.examples.debate.DebateSeries;

import static org.plenary.examples.jshell.Shell.*;

System.out.println("Plenary is loaded: discover() lists rules and formats, demo() plans ASP18.");
