-- Overload's own exercise catalog: the muscle groups, the equipment and the system exercises every user sees.
-- Descriptions were written for this project.

insert into muscle_groups (slug, name, body_region) values
    ('chest',       'Chest',       'chest'),
    ('lats',        'Lats',        'back'),
    ('upper_back',  'Upper Back',  'back'),
    ('traps',       'Traps',       'back'),
    ('lower_back',  'Lower Back',  'back'),
    ('front_delts', 'Front Delts', 'shoulders'),
    ('side_delts',  'Side Delts',  'shoulders'),
    ('rear_delts',  'Rear Delts',  'shoulders'),
    ('biceps',      'Biceps',      'arms'),
    ('triceps',     'Triceps',     'arms'),
    ('forearms',    'Forearms',    'arms'),
    ('abs',         'Abs',         'core'),
    ('obliques',    'Obliques',    'core'),
    ('quadriceps',  'Quadriceps',  'legs'),
    ('hamstrings',  'Hamstrings',  'legs'),
    ('glutes',      'Glutes',      'legs'),
    ('calves',      'Calves',      'legs'),
    ('adductors',   'Adductors',   'legs'),
    ('abductors',   'Abductors',   'legs'),
    ('hip_flexors', 'Hip Flexors', 'legs'),
    ('full_body',   'Full Body',   'full_body');

-- There is deliberately no "bodyweight" item: an exercise with no equipment rows needs only the body.
insert into equipment (slug, name) values
    ('barbell',            'Barbell'),
    ('dumbbell',           'Dumbbell'),
    ('kettlebell',         'Kettlebell'),
    ('ez_bar',             'EZ Bar'),
    ('trap_bar',           'Trap Bar'),
    ('cable',              'Cable Machine'),
    ('machine',            'Machine'),
    ('smith_machine',      'Smith Machine'),
    ('bench',              'Bench'),
    ('squat_rack',         'Squat Rack'),
    ('pull_up_bar',        'Pull-Up Bar'),
    ('dip_station',        'Dip Station'),
    ('resistance_band',    'Resistance Band'),
    ('medicine_ball',      'Medicine Ball'),
    ('weight_plate',       'Weight Plate'),
    ('plyo_box',           'Plyo Box'),
    ('gymnastic_rings',    'Gymnastic Rings'),
    ('suspension_trainer', 'Suspension Trainer'),
    ('sled',               'Sled'),
    ('battle_ropes',       'Battle Ropes'),
    ('jump_rope',          'Jump Rope'),
    ('treadmill',          'Treadmill'),
    ('rowing_machine',     'Rowing Machine'),
    ('stationary_bike',    'Stationary Bike'),
    ('foam_roller',        'Foam Roller'),
    ('stability_ball',     'Stability Ball'),
    ('ab_wheel',           'Ab Wheel'),
    ('landmine',           'Landmine');

-- Exercises are written with slugs rather than ids so each one reads as a single line; the statements further
-- down resolve the slugs into the real tables.
create temporary table catalog_seed (
    name              text,
    description       text,
    category          text,
    exercise_type     text,
    difficulty        text,
    primary_muscle    text,
    secondary_muscles text[],
    equipment         text[]
) on commit drop;

insert into catalog_seed (name, description, category, exercise_type, difficulty, primary_muscle, secondary_muscles, equipment) values
    -- Chest
    ('Barbell Bench Press', 'Lying on a flat bench, lower the bar to the middle of the chest and press it back up to straight arms. The standard test of upper-body pressing strength.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'chest', '{triceps,front_delts}', '{barbell,bench}'),
    ('Incline Barbell Bench Press', 'A bench press on a bench set to roughly 30 to 45 degrees, lowering the bar to the upper chest. Shifts more of the work to the upper chest and front delts.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'chest', '{front_delts,triceps}', '{barbell,bench}'),
    ('Decline Barbell Bench Press', 'A bench press with the head lower than the hips, lowering the bar to the lower chest. Emphasises the lower chest and lets most lifters handle heavy loads over a short range.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'chest', '{triceps,front_delts}', '{barbell,bench}'),
    ('Barbell Floor Press', 'Lie on the floor and press the bar from the point where the upper arms touch the ground. The shortened range builds lockout strength and is easy on the shoulders.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'chest', '{triceps,front_delts}', '{barbell}'),
    ('Smith Machine Bench Press', 'A flat bench press with the bar running on the fixed rails of a Smith machine. The guided path lets you focus on pushing hard without balancing the bar.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'chest', '{triceps,front_delts}', '{smith_machine,bench}'),
    ('Smith Machine Incline Press', 'An incline press on a Smith machine with the bench set to about 30 degrees. A stable way to load the upper chest.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'chest', '{front_delts,triceps}', '{smith_machine,bench}'),
    ('Dumbbell Bench Press', 'Press a pair of dumbbells from chest level to straight arms while lying on a flat bench. Each arm works on its own, which evens out strength differences and allows a deeper stretch.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'chest', '{triceps,front_delts}', '{dumbbell,bench}'),
    ('Incline Dumbbell Bench Press', 'Press dumbbells upward from the upper chest on a bench inclined to about 30 to 45 degrees. A staple for building the upper chest.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'chest', '{front_delts,triceps}', '{dumbbell,bench}'),
    ('Decline Dumbbell Bench Press', 'Dumbbell presses on a decline bench, lowering the weights to the lower chest. Targets the lower fibres of the chest with a free range of motion.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'chest', '{triceps,front_delts}', '{dumbbell,bench}'),
    ('Dumbbell Fly', 'On a flat bench, open the arms wide with a slight bend in the elbows until you feel a stretch across the chest, then hug the dumbbells back together. Isolates the chest without the triceps.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'chest', '{front_delts}', '{dumbbell,bench}'),
    ('Incline Dumbbell Fly', 'A dumbbell fly performed on an incline bench, bringing the weights together above the upper chest. Isolates the upper part of the chest.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'chest', '{front_delts}', '{dumbbell,bench}'),
    ('Cable Crossover', 'Standing between two high cable pulleys, sweep the handles down and together in front of the hips. The cables keep tension on the chest through the whole arc.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'chest', '{front_delts}', '{cable}'),
    ('Low-to-High Cable Fly', 'Set the pulleys low and sweep the handles up and together to shoulder height. Puts the emphasis on the upper chest.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'chest', '{front_delts}', '{cable}'),
    ('Machine Chest Press', 'Sit in a chest press machine and push the handles forward until the arms are straight. A simple, stable way to train pressing strength.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'chest', '{triceps,front_delts}', '{machine}'),
    ('Pec Deck Fly', 'Sit in a pec deck machine and bring the pads or handles together in front of the chest in a wide arc. Isolates the chest on a fixed path.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'chest', '{front_delts}', '{machine}'),
    ('Push-Up', 'From a straight-body plank on the hands, lower the chest to just above the floor and push back up. Trains the chest, shoulders and triceps while the core holds the body rigid.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'chest', '{triceps,front_delts,abs}', '{}'),
    ('Incline Push-Up', 'A push-up with the hands raised on a bench or box, which takes some of the body weight off. A good starting point before full push-ups.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'chest', '{triceps,front_delts}', '{bench}'),
    ('Decline Push-Up', 'A push-up with the feet raised on a bench so more body weight falls on the arms. Harder than a standard push-up and biased toward the upper chest and shoulders.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'chest', '{front_delts,triceps}', '{bench}'),
    ('Ring Push-Up', 'A push-up with the hands in gymnastic rings hanging just above the floor. The unstable rings make the chest and shoulders work harder to keep control.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'chest', '{triceps,front_delts,abs}', '{gymnastic_rings}'),
    ('Suspension Trainer Chest Press', 'Holding the handles of a suspension trainer and leaning forward, lower the chest between the hands and press back out. The steeper the lean, the harder it gets.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'chest', '{triceps,front_delts,abs}', '{suspension_trainer}'),
    ('Chest Dip', 'On parallel bars, lean the torso forward and lower until the shoulders dip below the elbows, then press back up. The forward lean moves the work from the triceps to the chest.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'chest', '{triceps,front_delts}', '{dip_station}'),
    ('Dumbbell Pullover', 'Lying across a bench, lower one dumbbell in an arc behind the head with nearly straight arms and pull it back over the chest. Stretches and works the chest and lats together.', 'STRENGTH', 'ISOLATION', 'INTERMEDIATE', 'chest', '{lats,triceps}', '{dumbbell,bench}'),
    ('Svend Press', 'Squeeze a weight plate between the palms at chest height and press it straight out and back without letting the hands drift apart. A light finisher for the inner chest.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'chest', '{front_delts}', '{weight_plate}'),

    -- Back: hinges and deadlifts
    ('Barbell Deadlift', 'Lift a loaded barbell from the floor to standing by driving through the legs and extending the hips, keeping the back flat. The foundational pull for the whole posterior chain.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'glutes', '{hamstrings,lower_back,quadriceps,traps}', '{barbell}'),
    ('Sumo Deadlift', 'A deadlift with a very wide stance and the hands inside the knees, which keeps the torso more upright. Works the glutes, adductors and quadriceps harder than the conventional style.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'glutes', '{adductors,quadriceps,hamstrings,lower_back}', '{barbell}'),
    ('Barbell Romanian Deadlift', 'From standing, push the hips back and slide the bar down the thighs with soft knees until the hamstrings are stretched, then drive the hips forward to stand. A key hamstring and glute builder.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'hamstrings', '{glutes,lower_back}', '{barbell}'),
    ('Dumbbell Romanian Deadlift', 'Hinge at the hips with a dumbbell in each hand, lowering them along the legs until the hamstrings stretch, then stand tall. An easy-to-learn way to train the hip hinge.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'hamstrings', '{glutes,lower_back}', '{dumbbell}'),
    ('Single-Leg Romanian Deadlift', 'Balancing on one leg, hinge forward with a dumbbell while the free leg reaches back, then return to standing. Builds hamstring strength and hip stability one side at a time.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'hamstrings', '{glutes,lower_back}', '{dumbbell}'),
    ('Stiff-Leg Deadlift', 'A deadlift from the floor with the knees kept almost straight, so the hamstrings do most of the lifting. Each rep starts from a dead stop.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'hamstrings', '{glutes,lower_back}', '{barbell}'),
    ('Trap Bar Deadlift', 'Stand inside a hexagonal trap bar and lift it by its side handles. The load sits in line with the body, making it more knee-friendly and easier on the lower back than a straight-bar deadlift.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'glutes', '{quadriceps,hamstrings,traps}', '{trap_bar}'),
    ('Deficit Deadlift', 'A deadlift performed while standing on a plate or low platform, which lengthens the pull. Strengthens the start of the lift off the floor.', 'STRENGTH', 'COMPOUND', 'ADVANCED', 'glutes', '{hamstrings,lower_back,quadriceps}', '{barbell,weight_plate}'),
    ('Rack Pull', 'A partial deadlift from pins set around knee height in a rack. Lets you overload the top half of the pull and build the upper back and traps.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'lower_back', '{glutes,traps,hamstrings}', '{barbell,squat_rack}'),
    ('Kettlebell Deadlift', 'With a kettlebell between the feet, hinge down, grip the handle and stand up tall. A simple way to learn the deadlift pattern.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'glutes', '{hamstrings,lower_back}', '{kettlebell}'),
    ('Good Morning', 'With a barbell across the upper back, hinge forward at the hips with a flat back until the torso is near parallel, then rise. Trains the hamstrings and spinal erectors together.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'hamstrings', '{lower_back,glutes}', '{barbell,squat_rack}'),
    ('Back Extension', 'On a hyperextension bench with the hips on the pad, lower the torso toward the floor and raise it back in line with the legs. Strengthens the lower back, glutes and hamstrings.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'lower_back', '{glutes,hamstrings}', '{machine}'),
    ('Superman', 'Lying face down, lift the arms, chest and legs off the floor at the same time and hold briefly. Builds endurance in the lower back with no equipment.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'lower_back', '{glutes}', '{}'),
    ('Reverse Hyperextension', 'Lying face down on a reverse hyper machine with the hips at the edge, swing the legs up behind you until they line up with the torso. Works the glutes and lower back while decompressing the spine.', 'STRENGTH', 'ISOLATION', 'INTERMEDIATE', 'glutes', '{hamstrings,lower_back}', '{machine}'),

    -- Back: rows
    ('Barbell Bent-Over Row', 'Hinge forward with a flat back and pull the bar to the lower ribs, then lower it under control. Builds a thick upper back and strong lats.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'upper_back', '{lats,rear_delts,biceps,lower_back}', '{barbell}'),
    ('Pendlay Row', 'A barbell row with the torso parallel to the floor where the bar returns to the ground after every rep. Each pull starts from a dead stop, which rewards explosive strength.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'upper_back', '{lats,rear_delts,lower_back}', '{barbell}'),
    ('Underhand Barbell Row', 'A bent-over row with a palms-up grip, pulling the bar toward the belly. Brings in more of the lats and biceps than the overhand row.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'lats', '{upper_back,biceps,lower_back}', '{barbell}'),
    ('One-Arm Dumbbell Row', 'With one hand and knee braced on a bench, pull a dumbbell up to the hip and lower it to a full stretch. Works each side of the back on its own.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'lats', '{upper_back,rear_delts,biceps}', '{dumbbell,bench}'),
    ('Chest-Supported Dumbbell Row', 'Lie face down on an incline bench and row two dumbbells up toward the ribs. The bench takes the lower back out of the movement so the upper back can work hard.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'upper_back', '{lats,rear_delts,biceps}', '{dumbbell,bench}'),
    ('Seal Row', 'Lie face down on a raised flat bench and row a barbell up to its underside. Removes all momentum and lower-back help from the row.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'upper_back', '{lats,rear_delts,biceps}', '{barbell,bench}'),
    ('Seated Cable Row', 'Sitting upright at a low cable station, pull the handle to the stomach while squeezing the shoulder blades together, then let the arms extend. A staple for back thickness.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'upper_back', '{lats,biceps,rear_delts}', '{cable}'),
    ('Single-Arm Cable Row', 'Row one cable handle at a time toward the hip, letting the shoulder reach forward at the start. Allows a long range and fixes side-to-side differences.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'lats', '{upper_back,biceps,rear_delts}', '{cable}'),
    ('T-Bar Row', 'Straddle a barbell anchored in a landmine and row its loaded end toward the chest with a close grip. Lets you row heavy with a fixed arc.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'upper_back', '{lats,biceps,lower_back}', '{barbell,landmine}'),
    ('Meadows Row', 'Standing side-on to a landmine barbell, grab the end of the bar with one hand and row it up beside the hip. A one-arm row with a big stretch for the lats.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'lats', '{upper_back,rear_delts,biceps}', '{barbell,landmine}'),
    ('Machine Row', 'Sit with the chest against the pad of a row machine and pull the handles back until the elbows pass the torso. A stable, beginner-friendly back exercise.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'upper_back', '{lats,biceps,rear_delts}', '{machine}'),
    ('Kettlebell Gorilla Row', 'In a wide, hinged stance with two kettlebells on the floor, row one bell at a time while the other stays planted. Trains the back and the core against rotation.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'lats', '{upper_back,biceps,obliques}', '{kettlebell}'),
    ('Inverted Row', 'Hang under a bar set at waist height with the body straight and heels on the floor, then pull the chest to the bar. A bodyweight row that builds toward pull-ups.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'upper_back', '{lats,biceps,rear_delts}', '{barbell,squat_rack}'),
    ('Ring Row', 'Lean back holding gymnastic rings with the body straight and pull the chest up to the hands. Walk the feet forward to make it harder.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'upper_back', '{lats,biceps,rear_delts}', '{gymnastic_rings}'),
    ('Suspension Trainer Row', 'Lean back on the straps of a suspension trainer and pull the body up until the hands reach the ribs. An adjustable bodyweight row for any level.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'upper_back', '{lats,biceps,rear_delts}', '{suspension_trainer}'),

    -- Back: vertical pulls
    ('Pull-Up', 'Hang from a bar with an overhand grip slightly wider than the shoulders and pull until the chin clears the bar. The classic test of upper-body pulling strength.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'lats', '{biceps,upper_back,forearms}', '{pull_up_bar}'),
    ('Chin-Up', 'A pull-up with the palms facing you and hands about shoulder width apart. The underhand grip gives the biceps a larger share of the work.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'lats', '{biceps,upper_back,forearms}', '{pull_up_bar}'),
    ('Neutral-Grip Pull-Up', 'A pull-up holding parallel handles with the palms facing each other. Often the most shoulder-friendly way to pull your body weight.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'lats', '{biceps,upper_back,forearms}', '{pull_up_bar}'),
    ('Wide-Grip Pull-Up', 'A pull-up with the hands well outside shoulder width. The wide grip shortens the range for the arms and makes the lats work harder.', 'STRENGTH', 'COMPOUND', 'ADVANCED', 'lats', '{upper_back,biceps}', '{pull_up_bar}'),
    ('Weighted Pull-Up', 'A pull-up with extra load hung from a belt or held between the feet. The way to keep making pull-ups harder once bodyweight reps come easily.', 'STRENGTH', 'COMPOUND', 'ADVANCED', 'lats', '{biceps,upper_back,forearms}', '{pull_up_bar,weight_plate}'),
    ('Band-Assisted Pull-Up', 'A pull-up with a resistance band looped over the bar and under the knees or feet to take off part of the body weight. A way to practise full pull-ups before you can do them unaided.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'lats', '{biceps,upper_back}', '{pull_up_bar,resistance_band}'),
    ('Machine Assisted Pull-Up', 'Kneel or stand on the platform of an assisted pull-up machine, whose counterweight lifts part of your body weight, and pull up to the bar. Less assistance makes it harder.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'lats', '{biceps,upper_back}', '{machine}'),
    ('Bar Muscle-Up', 'From a hang, pull explosively so the hips and chest rise over the bar, then press up to straight arms on top of it. Combines a powerful pull-up with a dip.', 'STRENGTH', 'COMPOUND', 'ADVANCED', 'lats', '{triceps,chest,biceps}', '{pull_up_bar}'),
    ('Ring Muscle-Up', 'On gymnastic rings, pull from a hang with a false grip, turn the wrists over the rings and finish with a dip to straight arms. One of the hardest gymnastic strength skills.', 'STRENGTH', 'COMPOUND', 'EXPERT', 'lats', '{triceps,chest,biceps}', '{gymnastic_rings}'),
    ('Front Lever', 'Hanging from a bar, hold the whole body straight and horizontal, face up, with the arms locked. Demands exceptional lat and core strength.', 'STRENGTH', 'COMPOUND', 'EXPERT', 'lats', '{abs,rear_delts,upper_back}', '{pull_up_bar}'),
    ('Lat Pulldown', 'Seated at a pulldown station, pull a wide bar down to the upper chest and let it rise back to full stretch. A scalable way to build the lats for pull-ups.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'lats', '{biceps,upper_back}', '{cable}'),
    ('Close-Grip Lat Pulldown', 'A pulldown using a close neutral-grip handle, pulled to the upper chest. Allows a long range and strong elbow drive toward the hips.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'lats', '{biceps,upper_back}', '{cable}'),
    ('Reverse-Grip Lat Pulldown', 'A pulldown with the palms facing you at about shoulder width. Mirrors the chin-up and involves the biceps more.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'lats', '{biceps,upper_back}', '{cable}'),
    ('Straight-Arm Pulldown', 'Standing at a high pulley, push a bar or rope down to the thighs in an arc with the arms kept straight. Isolates the lats without the biceps.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'lats', '{triceps}', '{cable}'),
    ('Scapular Pull-Up', 'Hanging with straight arms, pull the shoulder blades down and back to lift the body a few centimetres, then relax. Builds control of the shoulder blades for pulling.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'traps', '{lats}', '{pull_up_bar}'),

    -- Back: traps and carries
    ('Barbell Shrug', 'Holding a barbell at arm''s length, raise the shoulders straight up toward the ears and lower them slowly. Builds the upper traps.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'traps', '{forearms}', '{barbell}'),
    ('Dumbbell Shrug', 'Shrug the shoulders straight up while holding a dumbbell at each side, pausing at the top. The dumbbells let the arms hang naturally.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'traps', '{forearms}', '{dumbbell}'),
    ('Trap Bar Shrug', 'Shrug while standing inside a loaded trap bar. The neutral handles let you hold a lot of weight comfortably.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'traps', '{forearms}', '{trap_bar}'),
    ('Incline Dumbbell Y-Raise', 'Lying face down on an incline bench, raise light dumbbells up and out into a Y shape with the thumbs up. Strengthens the lower traps, which help keep the shoulders healthy.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'traps', '{rear_delts,side_delts}', '{dumbbell,bench}'),
    ('Farmer''s Walk', 'Pick up a heavy dumbbell in each hand and walk with a tall posture for distance or time. Builds grip, traps and a braced core.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'forearms', '{traps,abs,quadriceps}', '{dumbbell}'),
    ('Suitcase Carry', 'Walk while holding one heavy kettlebell at your side, refusing to lean toward it. The uneven load makes the obliques work to keep the torso upright.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'obliques', '{forearms,traps,abs}', '{kettlebell}'),

    -- Shoulders
    ('Barbell Overhead Press', 'Standing, press a barbell from the front of the shoulders to straight arms overhead, moving the head back out of the way. The main barbell lift for the shoulders.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'front_delts', '{side_delts,triceps,traps,abs}', '{barbell}'),
    ('Seated Dumbbell Shoulder Press', 'Seated on an upright bench, press two dumbbells from shoulder height until the arms are straight overhead. A stable way to load the shoulders.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'front_delts', '{side_delts,triceps}', '{dumbbell,bench}'),
    ('Standing Dumbbell Shoulder Press', 'Press dumbbells overhead while standing, keeping the ribs down and the glutes tight. Adds a balance and core demand to the press.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'front_delts', '{side_delts,triceps,abs}', '{dumbbell}'),
    ('Arnold Press', 'Start with dumbbells in front of the face, palms toward you, and rotate the palms forward as you press overhead. The rotation covers a wide arc of the shoulder.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'front_delts', '{side_delts,triceps}', '{dumbbell,bench}'),
    ('Machine Shoulder Press', 'Sitting in a shoulder press machine, push the handles overhead to straight arms. Lets beginners press safely.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'front_delts', '{side_delts,triceps}', '{machine}'),
    ('Smith Machine Shoulder Press', 'Seated under a Smith machine, press the bar from chin level to overhead along the guided rails. Allows heavy pressing without balancing the bar.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'front_delts', '{side_delts,triceps}', '{smith_machine,bench}'),
    ('Single-Arm Kettlebell Press', 'Clean a kettlebell to the rack position and press it overhead with one arm, keeping the body braced. Challenges shoulder stability and the core.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'front_delts', '{triceps,side_delts,obliques}', '{kettlebell}'),
    ('Landmine Press', 'Holding the free end of a barbell anchored in a landmine, press it up and forward from the shoulder. The angled path suits lifters who find strict overhead pressing uncomfortable.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'front_delts', '{chest,triceps}', '{barbell,landmine}'),
    ('Pike Push-Up', 'From a pike position with the hips high, bend the elbows to lower the head toward the floor and press back up. A bodyweight overhead press.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'front_delts', '{triceps,chest}', '{}'),
    ('Handstand Push-Up', 'In a handstand against a wall, lower the head to the floor and press back up to straight arms. Needs strong shoulders and triceps.', 'STRENGTH', 'COMPOUND', 'ADVANCED', 'front_delts', '{triceps,traps,side_delts}', '{}'),
    ('Dumbbell Lateral Raise', 'Raise dumbbells out to the sides to shoulder height with slightly bent elbows, then lower slowly. The key exercise for wider-looking shoulders.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'side_delts', '{traps}', '{dumbbell}'),
    ('Cable Lateral Raise', 'Standing side-on to a low pulley, raise the handle across the body and out to shoulder height. The cable keeps the side delts loaded at the bottom.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'side_delts', '{traps}', '{cable}'),
    ('Machine Lateral Raise', 'In a lateral raise machine, lift the pads out to the sides with the arms until they reach shoulder height. A fixed path that is easy to load progressively.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'side_delts', '{traps}', '{machine}'),
    ('Resistance Band Lateral Raise', 'Standing on a band, raise the handles out to the sides to shoulder height. The band gets harder toward the top, where the side delts are most contracted.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'side_delts', '{traps}', '{resistance_band}'),
    ('Barbell Upright Row', 'Pull a barbell straight up along the body to about chest height, leading with the elbows. Works the side delts and traps.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'side_delts', '{traps,front_delts,biceps}', '{barbell}'),
    ('Dumbbell Front Raise', 'Raise dumbbells straight in front of you to shoulder height and lower them under control. Isolates the front delts.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'front_delts', '{side_delts,chest}', '{dumbbell}'),
    ('Plate Front Raise', 'Hold a weight plate by its sides and raise it in front of you to eye level. The two-handed grip keeps the movement strict.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'front_delts', '{side_delts}', '{weight_plate}'),
    ('Cable Front Raise', 'Facing away from a low pulley with the cable between the legs, raise the handle to shoulder height in front of you. Gives steady tension on the front delts.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'front_delts', '{side_delts}', '{cable}'),
    ('Bent-Over Dumbbell Reverse Fly', 'Hinged forward with a flat back, raise dumbbells out to the sides with nearly straight arms. Targets the rear delts and the muscles between the shoulder blades.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'rear_delts', '{upper_back,traps}', '{dumbbell}'),
    ('Reverse Pec Deck', 'Sit facing the pad of a pec deck and sweep the handles back and out until the arms line up with the shoulders. A simple isolation for the rear delts.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'rear_delts', '{upper_back}', '{machine}'),
    ('Cable Reverse Fly', 'Holding opposite cables set at shoulder height, pull the arms apart and back in a wide arc. Keeps tension on the rear delts throughout.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'rear_delts', '{upper_back}', '{cable}'),
    ('Face Pull', 'Pull a rope attachment from a high pulley toward the face, spreading the hands and rotating the arms back at the end. Strengthens the rear delts and upper back and helps balance pressing work.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'rear_delts', '{upper_back,traps}', '{cable}'),
    ('Band Pull-Apart', 'Hold a resistance band at shoulder height with straight arms and pull it apart until it touches the chest. A quick way to warm up and strengthen the upper back.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'rear_delts', '{upper_back,traps}', '{resistance_band}'),
    ('Battle Rope Slam', 'Lift both ends of a heavy rope overhead and slam them down into the floor as hard as you can, over and over. Builds power and conditioning through the shoulders and core.', 'CARDIO', 'COMPOUND', 'BEGINNER', 'front_delts', '{lats,abs,glutes}', '{battle_ropes}'),

    -- Biceps
    ('Barbell Curl', 'Standing tall, curl a barbell from the thighs to the shoulders without swinging, then lower it slowly. The classic biceps builder.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'biceps', '{forearms}', '{barbell}'),
    ('EZ-Bar Curl', 'A curl using the angled grips of an EZ bar, which put the wrists in a more natural position than a straight bar.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'biceps', '{forearms}', '{ez_bar}'),
    ('Dumbbell Curl', 'Curl a dumbbell in each hand, turning the palms up as they rise, either together or alternating. A basic exercise for the biceps.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'biceps', '{forearms}', '{dumbbell}'),
    ('Hammer Curl', 'Curl dumbbells with the palms facing each other throughout. Works the brachialis and forearms along with the biceps.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'biceps', '{forearms}', '{dumbbell}'),
    ('Incline Dumbbell Curl', 'Sitting back on an incline bench with the arms hanging behind the body, curl dumbbells up. Starts the biceps from a deep stretch.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'biceps', '{forearms}', '{dumbbell,bench}'),
    ('Concentration Curl', 'Seated, brace the back of the upper arm against the inner thigh and curl one dumbbell toward the shoulder. Removes all momentum from the curl.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'biceps', '{forearms}', '{dumbbell,bench}'),
    ('EZ-Bar Preacher Curl', 'With the upper arms resting on a preacher bench pad, curl an EZ bar up and lower it to nearly straight arms. Keeps the elbows fixed so the biceps cannot cheat.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'biceps', '{forearms}', '{ez_bar,bench}'),
    ('Machine Preacher Curl', 'Curl the handles of a preacher curl machine with the arms supported on its pad. A consistent, easily loaded biceps exercise.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'biceps', '{forearms}', '{machine}'),
    ('Spider Curl', 'Lie chest-down on an incline bench with the arms hanging straight down and curl dumbbells up. Keeps the biceps working hardest at the top.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'biceps', '{forearms}', '{dumbbell,bench}'),
    ('Cable Curl', 'Curl a straight or EZ handle up from a low pulley. The cable keeps tension on the biceps through the whole movement.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'biceps', '{forearms}', '{cable}'),
    ('Cable Rope Hammer Curl', 'Curl a rope attachment from a low pulley with the palms facing each other. A cable version of the hammer curl for the brachialis and forearms.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'biceps', '{forearms}', '{cable}'),
    ('Bayesian Cable Curl', 'Facing away from a low pulley, let the arm be drawn behind the body and curl the handle forward. Loads the biceps in its most stretched position.', 'STRENGTH', 'ISOLATION', 'INTERMEDIATE', 'biceps', '{forearms}', '{cable}'),
    ('Drag Curl', 'Curl a barbell while dragging it up the front of the body, letting the elbows travel back. Takes the front delts out and focuses on the biceps.', 'STRENGTH', 'ISOLATION', 'INTERMEDIATE', 'biceps', '{forearms}', '{barbell}'),
    ('Zottman Curl', 'Curl dumbbells up with the palms up, turn them palms down at the top and lower slowly. Trains the biceps on the way up and the forearms on the way down.', 'STRENGTH', 'ISOLATION', 'INTERMEDIATE', 'biceps', '{forearms}', '{dumbbell}'),
    ('Resistance Band Curl', 'Stand on a resistance band and curl the handles toward the shoulders. A portable biceps exercise for home or travel.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'biceps', '{forearms}', '{resistance_band}'),

    -- Triceps
    ('Close-Grip Bench Press', 'A bench press with the hands about shoulder width apart and the elbows kept close to the body. Moves much of the work from the chest to the triceps.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'triceps', '{chest,front_delts}', '{barbell,bench}'),
    ('JM Press', 'A hybrid of a close-grip bench press and a skull crusher: lower the bar toward the chin by bending the elbows forward, then press it back up. Lets the triceps handle heavy loads.', 'STRENGTH', 'COMPOUND', 'ADVANCED', 'triceps', '{chest,front_delts}', '{barbell,bench}'),
    ('Diamond Push-Up', 'A push-up with the hands close together under the chest, thumbs and index fingers forming a diamond. Shifts the effort toward the triceps.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'triceps', '{chest,front_delts}', '{}'),
    ('Triceps Dip', 'On parallel bars, keep the torso upright and lower until the elbows reach about 90 degrees, then press back up. An upright body keeps the focus on the triceps.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'triceps', '{chest,front_delts}', '{dip_station}'),
    ('Ring Dip', 'A dip performed on gymnastic rings, which must be held steady beside the body throughout. Far harder than a bar dip.', 'STRENGTH', 'COMPOUND', 'ADVANCED', 'triceps', '{chest,front_delts}', '{gymnastic_rings}'),
    ('Bench Dip', 'With the hands on the edge of a bench behind you and the legs out in front, bend the elbows to lower the hips and press back up. A simple triceps exercise for beginners.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'triceps', '{chest,front_delts}', '{bench}'),
    ('Machine Dip', 'Seated in a dip machine, press the handles down until the arms are straight. A guided, adjustable alternative to bar dips.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'triceps', '{chest,front_delts}', '{machine}'),
    ('Triceps Rope Pushdown', 'Facing a high pulley, push a rope down until the arms are straight and spread the ends apart at the bottom. Keep the elbows pinned to the sides.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'triceps', '{}', '{cable}'),
    ('Straight-Bar Triceps Pushdown', 'Push a short straight bar down from a high pulley to full elbow extension, keeping the upper arms still. Usually allows more load than the rope.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'triceps', '{}', '{cable}'),
    ('Overhead Cable Triceps Extension', 'Facing away from the pulley with a rope held behind the head, extend the arms forward and overhead. Stretches and loads the long head of the triceps.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'triceps', '{}', '{cable}'),
    ('Overhead Dumbbell Triceps Extension', 'Holding one dumbbell with both hands overhead, lower it behind the head by bending the elbows and extend back up. Works the triceps from a stretched position.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'triceps', '{}', '{dumbbell}'),
    ('EZ-Bar Skull Crusher', 'Lying on a bench, lower an EZ bar toward the forehead by bending only at the elbows, then extend the arms. A classic mass builder for the triceps.', 'STRENGTH', 'ISOLATION', 'INTERMEDIATE', 'triceps', '{}', '{ez_bar,bench}'),
    ('Dumbbell Skull Crusher', 'Lying on a bench with dumbbells held palms facing each other, bend the elbows to lower the weights beside the head and extend back up. Easier on the wrists than a bar.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'triceps', '{}', '{dumbbell,bench}'),
    ('Dumbbell Triceps Kickback', 'Hinged forward with the upper arm held along the body, straighten the elbow to push the dumbbell back. Hardest at full extension.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'triceps', '{}', '{dumbbell,bench}'),

    -- Forearms
    ('Barbell Wrist Curl', 'With the forearms resting on a bench and the palms up, curl a barbell by flexing only the wrists. Builds the forearm flexors and grip.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'forearms', '{}', '{barbell,bench}'),
    ('Dumbbell Reverse Wrist Curl', 'With the forearms on a bench and the palms down, lift a dumbbell by extending the wrist. Strengthens the often-neglected back of the forearm.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'forearms', '{}', '{dumbbell,bench}'),
    ('Reverse Barbell Curl', 'Curl a barbell with an overhand grip, palms facing down. Works the forearms and brachialis more than a regular curl.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'forearms', '{biceps}', '{barbell}'),
    ('Plate Pinch', 'Pinch two weight plates together smooth side out between the fingers and thumb and hold them for time. Develops pinch grip strength.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'forearms', '{}', '{weight_plate}'),
    ('Dead Hang', 'Hang from a pull-up bar with straight arms for as long as you can. Builds grip endurance and gently decompresses the shoulders and spine.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'forearms', '{lats}', '{pull_up_bar}'),

    -- Core
    ('Plank', 'Hold a straight line from head to heels on the forearms and toes, bracing the abs and squeezing the glutes. The basic exercise for core stability.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'abs', '{obliques,lower_back}', '{}'),
    ('Side Plank', 'Support the body on one forearm and the side of the feet, keeping the hips lifted in a straight line. Strengthens the obliques and the side of the hips.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'obliques', '{abs,abductors}', '{}'),
    ('Copenhagen Plank', 'A side plank with the top leg resting on a bench and the bottom leg lifted, so the inner thigh of the top leg holds the body up. Builds adductor strength that protects against groin strains.', 'STRENGTH', 'ISOLATION', 'INTERMEDIATE', 'adductors', '{obliques}', '{bench}'),
    ('Crunch', 'Lying on the back with the knees bent, curl the shoulders off the floor by contracting the abs, then lower. A simple abdominal exercise.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'abs', '{}', '{}'),
    ('Reverse Crunch', 'Lying on the back, curl the knees toward the chest so the hips lift off the floor, then lower slowly. Works the abs from the bottom up.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'abs', '{hip_flexors}', '{}'),
    ('Bicycle Crunch', 'Lying on the back, bring each elbow toward the opposite knee in turn while the other leg extends. Works the abs and obliques together.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'obliques', '{abs,hip_flexors}', '{}'),
    ('Sit-Up', 'From lying on the back with the knees bent, raise the whole torso to sitting and lower it back down. Trains the abs and hip flexors.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'abs', '{hip_flexors}', '{}'),
    ('Decline Sit-Up', 'A sit-up on a decline bench with the feet hooked under the pads. The angle adds resistance; hold a plate for more.', 'STRENGTH', 'ISOLATION', 'INTERMEDIATE', 'abs', '{hip_flexors}', '{bench}'),
    ('Cable Crunch', 'Kneeling below a high pulley with a rope held by the head, crunch the ribs toward the hips. Lets you load the abs heavily.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'abs', '{obliques}', '{cable}'),
    ('Machine Crunch', 'Sit in an abdominal crunch machine and curl the torso forward against the resistance. A simple way to add load to ab training.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'abs', '{}', '{machine}'),
    ('Stability Ball Crunch', 'Lying back over a stability ball, crunch the chest up toward the hips. The curve of the ball lets the abs work through a longer range.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'abs', '{obliques}', '{stability_ball}'),
    ('Stability Ball Knee Tuck', 'In a push-up position with the shins on a stability ball, pull the knees in toward the chest and roll back out. Trains the abs while the shoulders stabilise.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'abs', '{hip_flexors,front_delts}', '{stability_ball}'),
    ('Lying Leg Raise', 'Lying flat, raise straight legs to vertical and lower them slowly without letting the lower back arch. Works the lower abs and hip flexors.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'abs', '{hip_flexors}', '{}'),
    ('Flutter Kick', 'Lying on the back with the legs just off the floor, kick them up and down in small alternating movements. Builds endurance in the lower abs and hip flexors.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'abs', '{hip_flexors}', '{}'),
    ('Hanging Knee Raise', 'Hanging from a bar, draw the knees up toward the chest and lower them under control. The first step toward hanging leg raises.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'abs', '{hip_flexors,forearms}', '{pull_up_bar}'),
    ('Hanging Leg Raise', 'Hanging from a bar, lift straight legs to hip height or higher without swinging. A demanding exercise for the abs and hip flexors.', 'STRENGTH', 'ISOLATION', 'INTERMEDIATE', 'abs', '{hip_flexors,obliques,forearms}', '{pull_up_bar}'),
    ('Captain''s Chair Leg Raise', 'Supported on the forearms in a vertical knee-raise station with the back against the pad, raise the knees or legs to hip height. Takes grip out of the hanging raise.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'abs', '{hip_flexors}', '{dip_station}'),
    ('Toes-to-Bar', 'Hanging from a bar, swing or lift the feet all the way up to touch the bar. Combines strong abs, hip flexors and lat control.', 'STRENGTH', 'COMPOUND', 'ADVANCED', 'abs', '{hip_flexors,lats,forearms}', '{pull_up_bar}'),
    ('L-Sit', 'Supporting the body on straight arms, lift the legs in front of you and hold them straight and level with the hips. A tough static hold for the abs, hip flexors and triceps.', 'STRENGTH', 'ISOLATION', 'ADVANCED', 'abs', '{hip_flexors,triceps}', '{dip_station}'),
    ('Dragon Flag', 'Lying on a bench and gripping behind the head, raise the whole body straight up onto the shoulders and lower it slowly without bending at the hips. One of the hardest ab exercises.', 'STRENGTH', 'COMPOUND', 'EXPERT', 'abs', '{hip_flexors,lats,obliques}', '{bench}'),
    ('V-Up', 'Lying flat, raise the straight legs and torso at the same time to touch the hands to the feet, then lower. Works the whole length of the abs.', 'STRENGTH', 'ISOLATION', 'INTERMEDIATE', 'abs', '{hip_flexors}', '{}'),
    ('Ab Wheel Rollout', 'Kneeling with the hands on an ab wheel, roll it forward as far as you can while keeping the back flat, then pull it back. An anti-extension exercise that hits the abs hard.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'abs', '{lats,obliques,front_delts}', '{ab_wheel}'),
    ('Dead Bug', 'Lying on the back with arms and knees raised, slowly extend the opposite arm and leg while keeping the lower back pressed to the floor. Teaches the core to stay braced while the limbs move.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'abs', '{hip_flexors,obliques}', '{}'),
    ('Bird Dog', 'From hands and knees, reach one arm forward and the opposite leg back until both are level with the torso, hold, then switch. Builds core control and lower-back endurance.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'abs', '{lower_back,glutes}', '{}'),
    ('Hollow Body Hold', 'Lying on the back, press the lower back into the floor and hold the arms and legs straight just off the ground. A gymnastics staple for core tension.', 'STRENGTH', 'ISOLATION', 'INTERMEDIATE', 'abs', '{hip_flexors}', '{}'),
    ('Pallof Press', 'Standing side-on to a cable at chest height, press the handle straight out and resist being turned toward the machine. Trains the core to resist rotation.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'obliques', '{abs}', '{cable}'),
    ('Cable Woodchop', 'Pull a cable handle diagonally across the body from high to low, rotating through the hips and torso. Builds rotational strength.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'obliques', '{abs,front_delts,glutes}', '{cable}'),
    ('Medicine Ball Russian Twist', 'Seated with the torso leaned back and the feet raised or planted, rotate a medicine ball from one hip to the other. Works the obliques.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'obliques', '{abs}', '{medicine_ball}'),
    ('Dumbbell Side Bend', 'Holding a dumbbell at one side, bend sideways toward it and use the opposite side of the waist to pull back upright. Isolates the obliques.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'obliques', '{}', '{dumbbell}'),
    ('Landmine Rotation', 'Holding the end of a landmine barbell overhead with straight arms, swing it in an arc down to each hip while the core controls the turn. Builds rotational power and strength.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'obliques', '{abs,front_delts}', '{barbell,landmine}'),
    ('Kettlebell Windmill', 'With a kettlebell locked out overhead, push the hips to one side and reach the other hand down toward the foot while watching the bell. Builds oblique strength and shoulder stability.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'obliques', '{front_delts,hamstrings,glutes}', '{kettlebell}'),

    -- Legs: squats and quadriceps
    ('Barbell Back Squat', 'With the bar across the upper back, sit down between the heels until the thighs are at least parallel, then stand back up. The cornerstone lower-body lift.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'quadriceps', '{glutes,adductors,hamstrings,lower_back}', '{barbell,squat_rack}'),
    ('Barbell Front Squat', 'Squat with the bar resting across the front of the shoulders and the elbows high. The upright torso puts more load on the quadriceps and core.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'quadriceps', '{glutes,abs,upper_back}', '{barbell,squat_rack}'),
    ('Pause Squat', 'A back squat with a full stop of two or three seconds at the bottom before standing up. Removes the stretch reflex and builds strength out of the hole.', 'STRENGTH', 'COMPOUND', 'ADVANCED', 'quadriceps', '{glutes,adductors,lower_back}', '{barbell,squat_rack}'),
    ('Box Squat', 'Squat back to sit briefly on a box set at or just below parallel, then drive back up. Teaches depth and hip drive.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'quadriceps', '{glutes,hamstrings,lower_back}', '{barbell,squat_rack,plyo_box}'),
    ('Zercher Squat', 'Squat with the barbell held in the crook of the elbows in front of the body. Hard on the upper back and core, and keeps the torso upright.', 'STRENGTH', 'COMPOUND', 'ADVANCED', 'quadriceps', '{glutes,upper_back,abs}', '{barbell,squat_rack}'),
    ('Overhead Squat', 'Squat to full depth while holding a barbell locked out overhead with a wide grip. Tests mobility and stability from the ankles to the shoulders.', 'STRENGTH', 'COMPOUND', 'ADVANCED', 'quadriceps', '{glutes,front_delts,upper_back,abs}', '{barbell}'),
    ('Smith Machine Squat', 'A squat with the bar on the fixed rails of a Smith machine, feet slightly in front of the body. Lets you push the legs hard without balancing the load.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'quadriceps', '{glutes,hamstrings}', '{smith_machine}'),
    ('Hack Squat', 'With the back against the pad of a hack squat machine, squat down along the angled sled and push back up. Loads the quadriceps heavily with little balance demand.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'quadriceps', '{glutes,adductors}', '{machine}'),
    ('Leg Press', 'Seated in a leg press, lower the platform until the knees are well bent and press it back away. Allows heavy leg training with the back supported.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'quadriceps', '{glutes,hamstrings,adductors}', '{machine}'),
    ('Leg Extension', 'Seated in a leg extension machine, straighten the knees to lift the pad and lower it slowly. Isolates the quadriceps.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'quadriceps', '{}', '{machine}'),
    ('Dumbbell Goblet Squat', 'Hold a dumbbell vertically against the chest and squat deep between the knees. A great way to learn the squat.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'quadriceps', '{glutes,adductors,abs}', '{dumbbell}'),
    ('Kettlebell Goblet Squat', 'Hold a kettlebell by its horns at chest height and squat down between the knees, keeping the chest up. The front load helps keep the torso upright.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'quadriceps', '{glutes,adductors,abs}', '{kettlebell}'),
    ('Landmine Squat', 'Holding the end of a landmine barbell at the chest, squat down and stand back up. The angled bar guides you into a comfortable squat.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'quadriceps', '{glutes,abs}', '{barbell,landmine}'),
    ('Bodyweight Squat', 'With the feet about shoulder width apart, sit the hips down and back until the thighs reach parallel, then stand. A basic leg exercise and warm-up.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'quadriceps', '{glutes,hamstrings}', '{}'),
    ('Pistol Squat', 'On one leg, squat all the way down with the other leg held straight in front, then stand back up. Requires strength, balance and mobility.', 'STRENGTH', 'COMPOUND', 'ADVANCED', 'quadriceps', '{glutes,hamstrings,abs}', '{}'),
    ('Sissy Squat', 'Rising onto the toes, lean the body back and bend the knees forward toward the floor, keeping hips and torso in a line. Isolates the quadriceps using body weight.', 'STRENGTH', 'ISOLATION', 'INTERMEDIATE', 'quadriceps', '{hip_flexors}', '{}'),
    ('Wall Sit', 'Lean the back against a wall with the knees bent to 90 degrees and hold. Builds endurance in the quadriceps.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'quadriceps', '{glutes}', '{}'),
    ('Bulgarian Split Squat', 'With the rear foot on a bench behind you, lower the back knee toward the floor and drive up through the front foot. A hard single-leg exercise for the quadriceps and glutes.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'quadriceps', '{glutes,hamstrings,adductors}', '{dumbbell,bench}'),
    ('Dumbbell Split Squat', 'In a long staggered stance with dumbbells at the sides, lower the back knee straight down and rise again without moving the feet. A stable way to start single-leg training.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'quadriceps', '{glutes,adductors}', '{dumbbell}'),
    ('Forward Lunge', 'Step forward and lower until both knees are bent to about 90 degrees, then push back to the starting position. A basic single-leg exercise.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'quadriceps', '{glutes,hamstrings,adductors}', '{}'),
    ('Dumbbell Reverse Lunge', 'Holding dumbbells, step back into a lunge and drive through the front foot to return. Easier on the knees than a forward lunge.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'quadriceps', '{glutes,hamstrings,adductors}', '{dumbbell}'),
    ('Dumbbell Walking Lunge', 'Lunge forward step after step across the floor while holding dumbbells. Trains the legs, balance and conditioning together.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'quadriceps', '{glutes,hamstrings,adductors}', '{dumbbell}'),
    ('Barbell Lunge', 'With a barbell across the upper back, step into a lunge and push back to standing. Allows heavier lunges than dumbbells.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'quadriceps', '{glutes,hamstrings,adductors}', '{barbell,squat_rack}'),
    ('Lateral Lunge', 'Step wide to one side and sit the hips back over that foot while the other leg stays straight, then push back to the middle. Works the inner thighs and glutes through a sideways movement.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'adductors', '{quadriceps,glutes}', '{}'),
    ('Curtsy Lunge', 'Step one leg behind and across the other and lower into a lunge, then return. Puts extra emphasis on the glutes.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'glutes', '{quadriceps,adductors,abductors}', '{}'),
    ('Cossack Squat', 'From a wide stance, shift into a deep squat over one leg while the other stays straight with the toes up. Builds adductor strength and hip mobility.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'adductors', '{quadriceps,glutes,hamstrings}', '{}'),
    ('Dumbbell Step-Up', 'Holding dumbbells, step up onto a box with one foot and drive up until standing tall on it, then step down. Trains each leg on its own.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'quadriceps', '{glutes,hamstrings}', '{dumbbell,plyo_box}'),
    ('Backward Sled Drag', 'Facing a loaded sled, hold the straps and walk backward in small steps, pulling it across the floor. Builds the quadriceps with very little strain on the knees.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'quadriceps', '{calves,glutes}', '{sled}'),

    -- Legs: hamstrings
    ('Lying Leg Curl', 'Lying face down on a leg curl machine, curl the pad toward the glutes and lower it slowly. Isolates the hamstrings.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'hamstrings', '{calves}', '{machine}'),
    ('Seated Leg Curl', 'Seated in a leg curl machine with the thighs clamped down, pull the pad under and back. Trains the hamstrings at long muscle lengths.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'hamstrings', '{calves}', '{machine}'),
    ('Nordic Hamstring Curl', 'Kneeling with the ankles held down, lower the body forward as slowly as possible using only the hamstrings, then push back up. Strongly protects against hamstring strains.', 'STRENGTH', 'ISOLATION', 'ADVANCED', 'hamstrings', '{calves,glutes}', '{}'),
    ('Glute-Ham Raise', 'On a glute-ham developer, lower the torso forward from the knees and curl back up using the hamstrings and glutes. A tough hamstring exercise that trains both the knee and the hip.', 'STRENGTH', 'COMPOUND', 'ADVANCED', 'hamstrings', '{glutes,calves,lower_back}', '{machine}'),
    ('Stability Ball Leg Curl', 'Lying on the back with the heels on a stability ball and the hips raised, curl the ball in toward the glutes. Works the hamstrings while the glutes hold the hips up.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'hamstrings', '{glutes,calves}', '{stability_ball}'),

    -- Legs: glutes and hips
    ('Barbell Hip Thrust', 'With the upper back against a bench and a padded barbell across the hips, drive the hips up until the body is flat from knees to shoulders. One of the best exercises for the glutes.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'glutes', '{hamstrings,quadriceps}', '{barbell,bench}'),
    ('Smith Machine Hip Thrust', 'A hip thrust with the bar on the rails of a Smith machine, so there is no bar to balance. Easy to set up and load.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'glutes', '{hamstrings}', '{smith_machine,bench}'),
    ('Glute Bridge', 'Lying on the back with the knees bent, push through the heels to lift the hips until the body is straight from knees to shoulders. A basic glute exercise.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'glutes', '{hamstrings}', '{}'),
    ('Single-Leg Glute Bridge', 'A glute bridge with one leg held off the floor, so one glute lifts the hips alone. Reveals and fixes side-to-side differences.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'glutes', '{hamstrings}', '{}'),
    ('Cable Pull-Through', 'Facing away from a low pulley with a rope between the legs, hinge back and drive the hips forward to stand. Teaches the hip hinge with a light load.', 'STRENGTH', 'COMPOUND', 'BEGINNER', 'glutes', '{hamstrings}', '{cable}'),
    ('Cable Glute Kickback', 'With an ankle strap on a low pulley, kick the leg straight back while keeping the torso still. Isolates the glutes.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'glutes', '{hamstrings}', '{cable}'),
    ('Fire Hydrant', 'From hands and knees, lift one bent leg out to the side without shifting the weight, then lower. Works the side of the glutes.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'glutes', '{abductors}', '{}'),
    ('Clamshell', 'Lying on one side with the knees bent and a band around the thighs, open the top knee while the feet stay together. Strengthens the small glute muscles that steady the knee.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'glutes', '{abductors}', '{resistance_band}'),
    ('Hip Abduction Machine', 'Seated in an abduction machine, push the pads apart with the outside of the knees and return slowly. Trains the outer hips.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'abductors', '{glutes}', '{machine}'),
    ('Cable Hip Abduction', 'Standing side-on to a low pulley with the strap on the far ankle, lift the leg out to the side. Trains the hip abductors one leg at a time.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'abductors', '{glutes}', '{cable}'),
    ('Banded Lateral Walk', 'With a band around the thighs or ankles and the knees slightly bent, step sideways while keeping tension on the band. A common warm-up for the hips.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'abductors', '{glutes}', '{resistance_band}'),
    ('Hip Adduction Machine', 'Seated in an adduction machine, squeeze the pads together with the inner thighs and release slowly. Strengthens the adductors.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'adductors', '{}', '{machine}'),

    -- Legs: calves
    ('Standing Calf Raise', 'Standing in a calf raise machine with the balls of the feet on the edge, lower the heels all the way and rise as high as you can. Trains the calves with straight knees.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'calves', '{}', '{machine}'),
    ('Seated Calf Raise', 'Seated with the knees under the pad, raise the heels as high as possible and lower to a full stretch. Works the soleus underneath the calf.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'calves', '{}', '{machine}'),
    ('Leg Press Calf Raise', 'In a leg press with only the balls of the feet on the platform, push it away by pointing the toes. An easy way to load the calves heavily.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'calves', '{}', '{machine}'),
    ('Smith Machine Calf Raise', 'Standing under a Smith machine bar with the balls of the feet on a plate or step, raise the heels up and down. Gives heavy calf work without a dedicated machine.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'calves', '{}', '{smith_machine,weight_plate}'),
    ('Single-Leg Dumbbell Calf Raise', 'Standing on one foot on a step with a dumbbell in the same-side hand, lower the heel and rise onto the toes. Trains each calf on its own.', 'STRENGTH', 'ISOLATION', 'BEGINNER', 'calves', '{}', '{dumbbell}'),

    -- Olympic lifts and power
    ('Clean', 'Pull the barbell explosively from the floor and drop into a full front squat to catch it on the shoulders, then stand up. Also called the squat clean; the first part of the clean and jerk.', 'POWER', 'COMPOUND', 'ADVANCED', 'full_body', '{quadriceps,glutes,hamstrings,traps}', '{barbell}'),
    ('Power Clean', 'Pull the barbell explosively from the floor and catch it on the front of the shoulders in a partial squat. Builds explosive hip extension for athletes.', 'POWER', 'COMPOUND', 'ADVANCED', 'glutes', '{hamstrings,quadriceps,traps,lower_back}', '{barbell}'),
    ('Hang Clean', 'Starting with the bar just above the knees, jump it up and pull under to catch it in a full front squat. Drills the second pull and the catch of the clean.', 'POWER', 'COMPOUND', 'ADVANCED', 'glutes', '{quadriceps,hamstrings,traps}', '{barbell}'),
    ('Hang Power Clean', 'From a hang above the knees, extend the hips explosively and catch the bar on the shoulders in a partial squat. A popular power exercise for athletes.', 'POWER', 'COMPOUND', 'ADVANCED', 'glutes', '{hamstrings,quadriceps,traps}', '{barbell}'),
    ('Snatch', 'Pull the barbell from the floor to overhead in one continuous movement with a wide grip, catching it in a full overhead squat. The most technical of the Olympic lifts.', 'POWER', 'COMPOUND', 'EXPERT', 'full_body', '{quadriceps,glutes,traps,front_delts}', '{barbell}'),
    ('Power Snatch', 'A snatch caught in a partial squat with the bar locked out overhead. Develops speed and power with a shorter drop than the full snatch.', 'POWER', 'COMPOUND', 'ADVANCED', 'full_body', '{glutes,hamstrings,traps,front_delts}', '{barbell}'),
    ('Clean and Jerk', 'Clean the barbell from the floor to the shoulders, stand up, then drive it overhead with a jerk. One of the two competition lifts of weightlifting.', 'POWER', 'COMPOUND', 'EXPERT', 'full_body', '{quadriceps,glutes,front_delts,traps}', '{barbell}'),
    ('Split Jerk', 'From the front rack, dip and drive the bar upward, then split the feet front and back to catch it on locked arms overhead. The most common jerk style in weightlifting.', 'POWER', 'COMPOUND', 'ADVANCED', 'front_delts', '{triceps,quadriceps,glutes}', '{barbell,squat_rack}'),
    ('Push Jerk', 'Dip and drive the bar up from the shoulders, then push yourself under it into a partial squat with the arms locked. Stronger and faster than a push press.', 'POWER', 'COMPOUND', 'ADVANCED', 'front_delts', '{triceps,quadriceps,glutes}', '{barbell,squat_rack}'),
    ('Push Press', 'Dip slightly at the knees and drive up with the legs to help press the bar overhead. Lets you move more weight overhead than a strict press.', 'POWER', 'COMPOUND', 'INTERMEDIATE', 'front_delts', '{triceps,quadriceps,glutes}', '{barbell,squat_rack}'),
    ('Clean High Pull', 'Pull the bar explosively from the floor as in a clean, finishing with the elbows high and the bar at chest height without catching it. Builds pulling power for the Olympic lifts.', 'POWER', 'COMPOUND', 'INTERMEDIATE', 'traps', '{glutes,hamstrings,upper_back}', '{barbell}'),
    ('Dumbbell Snatch', 'In one explosive movement, drive a dumbbell from between the feet to overhead with one arm. A simple introduction to explosive pulling.', 'POWER', 'COMPOUND', 'INTERMEDIATE', 'full_body', '{glutes,hamstrings,front_delts}', '{dumbbell}'),
    ('Thruster', 'Front squat the barbell and use the drive out of the bottom to press it straight overhead in one motion. A demanding full-body conditioning lift.', 'POWER', 'COMPOUND', 'INTERMEDIATE', 'full_body', '{quadriceps,glutes,front_delts,triceps}', '{barbell}'),
    ('Kettlebell Swing', 'Hinge and hike the kettlebell back between the legs, then snap the hips forward to swing it to chest height. Develops explosive hip power and conditioning.', 'POWER', 'COMPOUND', 'INTERMEDIATE', 'glutes', '{hamstrings,lower_back,abs}', '{kettlebell}'),
    ('Turkish Get-Up', 'Holding a kettlebell overhead with a straight arm, rise from lying on the floor to standing and return, step by step. Builds shoulder stability and full-body coordination.', 'STRENGTH', 'COMPOUND', 'INTERMEDIATE', 'full_body', '{front_delts,abs,obliques,glutes}', '{kettlebell}'),
    ('Medicine Ball Slam', 'Lift a medicine ball overhead and slam it into the floor as hard as you can, catching it on the bounce or picking it up. Develops power and conditioning.', 'POWER', 'COMPOUND', 'BEGINNER', 'full_body', '{abs,lats,front_delts}', '{medicine_ball}'),
    ('Medicine Ball Chest Pass', 'Push a medicine ball explosively from the chest to a partner or against a wall. Trains upper-body pressing power.', 'POWER', 'COMPOUND', 'BEGINNER', 'chest', '{triceps,front_delts}', '{medicine_ball}'),
    ('Medicine Ball Rotational Throw', 'Standing side-on to a wall, rotate through the hips and torso to throw a medicine ball into it. Builds rotational power for throwing and striking sports.', 'POWER', 'COMPOUND', 'INTERMEDIATE', 'obliques', '{abs,glutes,front_delts}', '{medicine_ball}'),
    ('Wall Ball', 'Squat holding a medicine ball at the chest and stand explosively to throw it to a target high on a wall, then catch it into the next squat. A staple of conditioning workouts.', 'POWER', 'COMPOUND', 'BEGINNER', 'quadriceps', '{glutes,front_delts,triceps}', '{medicine_ball}'),

    -- Plyometrics
    ('Box Jump', 'Swing the arms and jump from both feet onto a sturdy box, landing softly in a squat, then step down. Builds explosive leg power.', 'PLYOMETRICS', 'COMPOUND', 'BEGINNER', 'quadriceps', '{glutes,calves,hamstrings}', '{plyo_box}'),
    ('Depth Jump', 'Step off a box, land on both feet and immediately jump as high as possible. Trains reactive strength; keep the ground contact short.', 'PLYOMETRICS', 'COMPOUND', 'ADVANCED', 'quadriceps', '{glutes,calves,hamstrings}', '{plyo_box}'),
    ('Broad Jump', 'From standing, swing the arms and jump forward as far as possible, landing with bent knees. Develops horizontal power.', 'PLYOMETRICS', 'COMPOUND', 'BEGINNER', 'glutes', '{quadriceps,hamstrings,calves}', '{}'),
    ('Jump Squat', 'Squat down and jump straight up as high as you can, landing softly into the next rep. A simple way to train leg power.', 'PLYOMETRICS', 'COMPOUND', 'BEGINNER', 'quadriceps', '{glutes,calves}', '{}'),
    ('Tuck Jump', 'Jump straight up and pull the knees toward the chest at the top, then land softly and repeat. Develops power and quick ground contacts.', 'PLYOMETRICS', 'COMPOUND', 'INTERMEDIATE', 'quadriceps', '{hip_flexors,calves,abs}', '{}'),
    ('Jumping Lunge', 'From a lunge, jump and switch legs in the air to land in a lunge on the other side. Builds single-leg power and conditioning.', 'PLYOMETRICS', 'COMPOUND', 'INTERMEDIATE', 'quadriceps', '{glutes,hamstrings,calves}', '{}'),
    ('Lateral Bound', 'Jump sideways from one leg to land on the other, sticking each landing before bounding back. Trains side-to-side power and knee control.', 'PLYOMETRICS', 'COMPOUND', 'INTERMEDIATE', 'glutes', '{abductors,quadriceps,calves}', '{}'),
    ('Pogo Jump', 'Bounce quickly on the balls of the feet with nearly straight knees, keeping ground contact as short as possible. Builds stiff, springy ankles for running and jumping.', 'PLYOMETRICS', 'ISOLATION', 'BEGINNER', 'calves', '{quadriceps}', '{}'),
    ('Clap Push-Up', 'Push up explosively so the hands leave the floor, clap once and land softly back in the push-up position. Develops upper-body power.', 'PLYOMETRICS', 'COMPOUND', 'INTERMEDIATE', 'chest', '{triceps,front_delts}', '{}'),

    -- Cardio
    ('Treadmill Run', 'Run on a treadmill at a steady or varied pace. Builds aerobic fitness with easy control over speed and incline.', 'CARDIO', 'COMPOUND', 'BEGINNER', 'quadriceps', '{hamstrings,calves,glutes}', '{treadmill}'),
    ('Incline Treadmill Walk', 'Walk briskly on a treadmill set to a steep incline. Low-impact cardio that works the glutes and calves.', 'CARDIO', 'COMPOUND', 'BEGINNER', 'glutes', '{calves,hamstrings,quadriceps}', '{treadmill}'),
    ('Sprint', 'Run at maximum effort over a short distance, resting fully between efforts. Develops speed and anaerobic fitness.', 'CARDIO', 'COMPOUND', 'INTERMEDIATE', 'hamstrings', '{glutes,quadriceps,calves}', '{}'),
    ('Rowing Machine', 'Drive with the legs, swing the torso back and pull the handle to the ribs, then return in reverse order. Low-impact cardio that uses nearly every major muscle.', 'CARDIO', 'COMPOUND', 'BEGINNER', 'full_body', '{quadriceps,glutes,upper_back,lats}', '{rowing_machine}'),
    ('Stationary Bike', 'Pedal a stationary bike at a steady pace or in intervals. Joint-friendly cardio that mainly works the legs.', 'CARDIO', 'COMPOUND', 'BEGINNER', 'quadriceps', '{hamstrings,glutes,calves}', '{stationary_bike}'),
    ('Jump Rope', 'Skip a rope with small, quick hops on the balls of the feet. Improves conditioning, footwork and calf endurance.', 'CARDIO', 'COMPOUND', 'BEGINNER', 'calves', '{quadriceps,forearms,front_delts}', '{jump_rope}'),
    ('Double-Under', 'Jump high enough, and turn the rope fast enough, for it to pass under the feet twice in each jump. Demands timing, wrist speed and springy calves.', 'CARDIO', 'COMPOUND', 'INTERMEDIATE', 'calves', '{quadriceps,forearms,front_delts}', '{jump_rope}'),
    ('Battle Rope Alternating Waves', 'In an athletic half squat, whip the ends of a heavy rope up and down with alternating arms as fast as you can. Intense cardio for the shoulders and arms.', 'CARDIO', 'COMPOUND', 'BEGINNER', 'front_delts', '{side_delts,forearms,abs}', '{battle_ropes}'),
    ('Sled Push', 'Lean into the handles of a loaded sled and drive it across the floor with short, powerful steps. Builds leg drive and conditioning.', 'CARDIO', 'COMPOUND', 'BEGINNER', 'quadriceps', '{glutes,calves,hamstrings}', '{sled}'),
    ('Burpee', 'Drop into a squat, jump the feet back to a plank, do a push-up, jump the feet in and leap up with the arms overhead. A classic full-body conditioning exercise.', 'CARDIO', 'COMPOUND', 'BEGINNER', 'full_body', '{chest,quadriceps,front_delts,abs}', '{}'),
    ('Mountain Climber', 'From a high plank, drive the knees toward the chest one after the other in a running rhythm. Raises the heart rate while working the core.', 'CARDIO', 'COMPOUND', 'BEGINNER', 'abs', '{hip_flexors,front_delts,quadriceps}', '{}'),
    ('Jumping Jack', 'Jump the feet out wide while raising the arms overhead, then jump back to the start. A simple warm-up and cardio exercise.', 'CARDIO', 'COMPOUND', 'BEGINNER', 'full_body', '{calves,abductors,adductors,side_delts}', '{}'),
    ('High Knees', 'Run in place driving the knees up to hip height with quick arm swings. Warms up the hip flexors and raises the heart rate.', 'CARDIO', 'COMPOUND', 'BEGINNER', 'hip_flexors', '{quadriceps,calves,abs}', '{}'),

    -- Stretching
    ('Standing Hamstring Stretch', 'With one heel on a low step and the knee straight, hinge forward from the hips until you feel a stretch behind the thigh. Hold, then switch legs.', 'STRETCHING', 'ISOLATION', 'BEGINNER', 'hamstrings', '{calves}', '{}'),
    ('Banded Hamstring Stretch', 'Lying on the back, loop a band around one foot and pull the straight leg up toward you. The band lets you relax into a deeper stretch.', 'STRETCHING', 'ISOLATION', 'BEGINNER', 'hamstrings', '{calves}', '{resistance_band}'),
    ('Kneeling Hip Flexor Stretch', 'In a half-kneeling position, tuck the pelvis under and shift the hips forward until the front of the back hip stretches. Helps counter long hours of sitting.', 'STRETCHING', 'ISOLATION', 'BEGINNER', 'hip_flexors', '{quadriceps}', '{}'),
    ('Couch Stretch', 'Kneel with the back shin against a wall or couch, step the other foot forward and lift the torso upright. A deep stretch for the quadriceps and hip flexors.', 'STRETCHING', 'ISOLATION', 'INTERMEDIATE', 'quadriceps', '{hip_flexors}', '{}'),
    ('Standing Quad Stretch', 'Standing on one leg, pull the other heel toward the glutes with the knees together. Stretches the front of the thigh.', 'STRETCHING', 'ISOLATION', 'BEGINNER', 'quadriceps', '{hip_flexors}', '{}'),
    ('Pigeon Stretch', 'With one shin folded across the front of the body and the other leg extended behind, lower the hips toward the floor. Opens the glutes and outer hips.', 'STRETCHING', 'ISOLATION', 'INTERMEDIATE', 'glutes', '{hip_flexors,abductors}', '{}'),
    ('Figure-Four Stretch', 'Lying on the back, cross one ankle over the opposite knee and pull the thighs toward the chest. A gentle stretch for the glutes and hips.', 'STRETCHING', 'ISOLATION', 'BEGINNER', 'glutes', '{abductors}', '{}'),
    ('Butterfly Stretch', 'Seated with the soles of the feet together, let the knees drop out to the sides and lean forward gently. Stretches the inner thighs.', 'STRETCHING', 'ISOLATION', 'BEGINNER', 'adductors', '{}', '{}'),
    ('Frog Stretch', 'On hands and knees, slide the knees wide apart with the feet turned out and sink the hips back. A deep stretch for the adductors.', 'STRETCHING', 'ISOLATION', 'INTERMEDIATE', 'adductors', '{glutes}', '{}'),
    ('Standing Calf Stretch', 'With the hands on a wall and one leg straight behind you, press the heel into the floor. Stretches the calf and Achilles tendon.', 'STRETCHING', 'ISOLATION', 'BEGINNER', 'calves', '{}', '{}'),
    ('Doorway Chest Stretch', 'With the forearms on either side of a doorway, step through until the chest and the front of the shoulders stretch. Helps open up a rounded posture.', 'STRETCHING', 'ISOLATION', 'BEGINNER', 'chest', '{front_delts}', '{}'),
    ('Cross-Body Shoulder Stretch', 'Pull one straight arm across the chest with the other hand. Stretches the back of the shoulder.', 'STRETCHING', 'ISOLATION', 'BEGINNER', 'rear_delts', '{upper_back}', '{}'),
    ('Overhead Triceps Stretch', 'Reach one hand down between the shoulder blades and gently press the elbow back with the other hand. Stretches the triceps and the side of the back.', 'STRETCHING', 'ISOLATION', 'BEGINNER', 'triceps', '{lats}', '{}'),
    ('Wrist Flexor Stretch', 'With one arm straight and the palm up, gently pull the fingers back toward you with the other hand. Relieves tight forearms from heavy gripping.', 'STRETCHING', 'ISOLATION', 'BEGINNER', 'forearms', '{}', '{}'),
    ('Upper Trap Stretch', 'Tilt the head toward one shoulder and let the opposite shoulder drop, adding light pressure with the hand if needed. Eases tension in the neck and upper traps.', 'STRETCHING', 'ISOLATION', 'BEGINNER', 'traps', '{}', '{}'),
    ('Child''s Pose', 'Kneeling, sit the hips back onto the heels and reach the arms forward along the floor. A relaxing stretch for the lower back and lats.', 'STRETCHING', 'ISOLATION', 'BEGINNER', 'lower_back', '{lats,glutes}', '{}'),
    ('Cobra Stretch', 'Lying face down, press the hands into the floor to lift the chest while the hips stay down. Stretches the abs and the front of the hips.', 'STRETCHING', 'ISOLATION', 'BEGINNER', 'abs', '{hip_flexors}', '{}'),
    ('Standing Side Stretch', 'Reach one arm overhead and lean the body to the opposite side. Stretches the obliques and lats.', 'STRETCHING', 'ISOLATION', 'BEGINNER', 'obliques', '{lats}', '{}'),
    ('Seated Spinal Twist', 'Seated with one knee bent across the other leg, rotate the torso toward the bent knee using the arm as a lever. Stretches the obliques and lower back.', 'STRETCHING', 'ISOLATION', 'BEGINNER', 'obliques', '{lower_back,glutes}', '{}'),

    -- Mobility and foam rolling
    ('Cat-Cow', 'On hands and knees, alternate slowly between rounding the back up and letting it sag with the chest forward. Loosens the whole spine.', 'MOBILITY', 'ISOLATION', 'BEGINNER', 'lower_back', '{upper_back,abs}', '{}'),
    ('Quadruped Thoracic Rotation', 'On hands and knees with one hand behind the head, rotate that elbow down under the body and then up toward the ceiling. Improves rotation in the upper back.', 'MOBILITY', 'ISOLATION', 'BEGINNER', 'upper_back', '{obliques}', '{}'),
    ('World''s Greatest Stretch', 'From a deep lunge, place the inside hand on the floor, rotate the other arm up toward the ceiling, then shift back to stretch the front hamstring. Opens the hips, hamstrings and upper back in one flow.', 'MOBILITY', 'COMPOUND', 'BEGINNER', 'hip_flexors', '{hamstrings,glutes,upper_back}', '{}'),
    ('90/90 Hip Switch', 'Sitting with both knees bent at 90 degrees to one side, rotate the legs over to the other side without using the hands. Improves internal and external rotation of the hips.', 'MOBILITY', 'ISOLATION', 'BEGINNER', 'glutes', '{hip_flexors,adductors}', '{}'),
    ('Leg Swing', 'Holding a support, swing one leg forward and back, or side to side, in a growing range. A dynamic warm-up for the hips.', 'MOBILITY', 'ISOLATION', 'BEGINNER', 'hip_flexors', '{hamstrings,adductors}', '{}'),
    ('Arm Circle', 'With the arms held out to the sides, draw circles that gradually get bigger, then reverse. A simple shoulder warm-up.', 'MOBILITY', 'ISOLATION', 'BEGINNER', 'side_delts', '{front_delts,rear_delts}', '{}'),
    ('Inchworm', 'From standing, fold forward and walk the hands out to a plank, then walk the feet back up to the hands. Warms up the hamstrings, shoulders and core.', 'MOBILITY', 'COMPOUND', 'BEGINNER', 'hamstrings', '{abs,front_delts}', '{}'),
    ('Wall Slide', 'With the back and forearms against a wall, slide the arms overhead and back down while keeping contact. Improves overhead range and shoulder blade control.', 'MOBILITY', 'ISOLATION', 'BEGINNER', 'traps', '{rear_delts,upper_back}', '{}'),
    ('Band Shoulder Pass-Through', 'Holding a band wide with straight arms, lift it over the head and behind the body, then return. Opens the chest and the front of the shoulders.', 'MOBILITY', 'ISOLATION', 'BEGINNER', 'front_delts', '{chest,rear_delts}', '{resistance_band}'),
    ('Knee-to-Wall Ankle Mobilization', 'Facing a wall in a split stance, drive the front knee forward over the toes toward the wall while the heel stays down. Improves ankle bend for squats and lunges.', 'MOBILITY', 'ISOLATION', 'BEGINNER', 'calves', '{}', '{}'),
    ('Foam Roller Thoracic Extension', 'Lying with a foam roller across the upper back, support the head and gently extend over the roller at different points. Counters a stiff, rounded upper back.', 'MOBILITY', 'ISOLATION', 'BEGINNER', 'upper_back', '{}', '{foam_roller}'),
    ('Foam Rolling Quadriceps', 'Lying face down with a foam roller under the thighs, roll slowly from hip to knee, pausing on tender spots. Eases tightness in the front of the legs.', 'MOBILITY', 'ISOLATION', 'BEGINNER', 'quadriceps', '{}', '{foam_roller}'),
    ('Foam Rolling Hamstrings', 'Sit with a foam roller under the back of the thighs and roll between the knees and glutes. Helps relax tight hamstrings.', 'MOBILITY', 'ISOLATION', 'BEGINNER', 'hamstrings', '{}', '{foam_roller}'),
    ('Foam Rolling Calves', 'With a foam roller under the calves, lift the hips and roll from ankle to knee, turning the legs to reach each side. Relieves tight calves.', 'MOBILITY', 'ISOLATION', 'BEGINNER', 'calves', '{}', '{foam_roller}'),
    ('Foam Rolling Glutes', 'Sit on a foam roller with one ankle crossed over the other knee and lean into the glute of the crossed leg. Releases tension in the hips.', 'MOBILITY', 'ISOLATION', 'BEGINNER', 'glutes', '{}', '{foam_roller}'),
    ('Foam Rolling IT Band', 'Lying on one side with a foam roller under the outer thigh, roll from the hip toward the knee. Targets the side of the thigh.', 'MOBILITY', 'ISOLATION', 'BEGINNER', 'abductors', '{quadriceps}', '{foam_roller}'),
    ('Foam Rolling Lats', 'Lying on one side with a foam roller under the armpit and the arm overhead, roll along the side of the back. Can help free up overhead range.', 'MOBILITY', 'ISOLATION', 'BEGINNER', 'lats', '{}', '{foam_roller}');

-- A misspelt slug would make the joins below quietly drop a muscle or a piece of equipment, so any reference that
-- does not resolve stops the migration instead, naming the exercise. Checked before copying, so the message points
-- at the seed row rather than at whatever constraint a half-copied catalog would trip over later.
do $$
declare
    problems text;
begin
    with referenced (exercise, kind, slug) as (
        select name, 'primary muscle', primary_muscle from catalog_seed
        union all
        select name, 'secondary muscle', unnest(secondary_muscles) from catalog_seed
        union all
        select name, 'equipment', unnest(equipment) from catalog_seed
    )
    select string_agg(format('%s (%s %s)', exercise, kind, coalesce(slug, 'null')), '; ' order by exercise)
      into problems
      from referenced r
     where case r.kind
               when 'equipment' then not exists (select 1 from equipment q where q.slug = r.slug)
               else not exists (select 1 from muscle_groups m where m.slug = r.slug)
           end;
    if problems is not null then
        raise exception 'Exercise catalog seed refers to unknown slugs: %', problems;
    end if;

    -- The primary muscle is shown apart from the secondary ones; listing it twice would double-count it in filters.
    select string_agg(name, '; ' order by name)
      into problems
      from catalog_seed
     where primary_muscle = any (secondary_muscles);
    if problems is not null then
        raise exception 'Exercise catalog seed lists the primary muscle among the secondary ones: %', problems;
    end if;
end
$$;

insert into exercises (name, description, category, exercise_type, difficulty, primary_muscle_group_id)
select s.name, s.description, s.category, s.exercise_type, s.difficulty, m.id
  from catalog_seed s
  join muscle_groups m on m.slug = s.primary_muscle;

insert into exercise_secondary_muscles (exercise_id, muscle_group_id)
select e.id, m.id
  from catalog_seed s
 cross join lateral unnest(s.secondary_muscles) as secondary (slug)
  join muscle_groups m on m.slug = secondary.slug
  join exercises e on lower(e.name) = lower(s.name) and e.owner_id is null;

insert into exercise_equipment (exercise_id, equipment_id)
select e.id, q.id
  from catalog_seed s
 cross join lateral unnest(s.equipment) as needed (slug)
  join equipment q on q.slug = needed.slug
  join exercises e on lower(e.name) = lower(s.name) and e.owner_id is null;
